package vn.chibo.minutes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.ui.DatePickers;
import vn.chibo.base.ui.ErrorMessages;
import vn.chibo.base.ui.Formats;
import vn.chibo.base.ui.Notifications;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.minutes.service.MeetingSheet;
import vn.chibo.minutes.service.MeetingTaskRow;
import vn.chibo.minutes.service.MeetingTaskService;
import vn.chibo.minutes.service.MeetingTaskState;
import vn.chibo.organization.service.MemberSummary;

/**
 * The tasks of a meeting: for a regular meeting, how the tasks of earlier meetings turned out (the secretary
 * reports them); once it has started, the tasks the chair assigns at its close, editable until the lock.
 */
class TasksCard extends Div {

    private final MeetingTaskService tasks;
    private final MeetingSheet sheet;
    private final boolean editable;
    private final Div list = new Div();
    private @Nullable Select<MemberSummary> who;
    private @Nullable TextField what;
    private @Nullable DatePicker due;
    private @Nullable Button save;
    /** The task being edited in the form, or null when the form adds one. */
    private @Nullable MeetingTaskRow editing;

    TasksCard(MeetingTaskService tasks, MeetingSheet sheet, List<MemberSummary> members) {
        this.tasks = tasks;
        this.sheet = sheet;
        MeetingStatus status = sheet.meeting().status();
        boolean started =
                status == MeetingStatus.IN_PROGRESS || status == MeetingStatus.HELD || status == MeetingStatus.LOCKED;
        this.editable = sheet.canManage()
                && !sheet.isLocked()
                && (status == MeetingStatus.IN_PROGRESS || status == MeetingStatus.HELD);
        addClassNames("card", "meeting-tasks");
        if (sheet.meeting().type() == MeetingType.REGULAR) {
            add(review());
        }
        if (!started) {
            return;
        }
        add(new H3(getTranslation("task.title")), list);
        fill();
        if (editable) {
            add(form(members));
        } else if (sheet.isLocked()) {
            Paragraph frozen = new Paragraph(getTranslation("task.frozen"));
            frozen.addClassName("topic-sub");
            add(frozen);
        }
    }

    private Div review() {
        Div box = new Div(new H3(getTranslation("task.review.title")));
        box.addClassName("task-review");
        List<MeetingTaskRow> rows = tasks.review(sheet.meeting().id());
        if (rows.isEmpty()) {
            box.add(new Paragraph(getTranslation("task.review.none")));
            return box;
        }
        Span help = new Span(getTranslation("task.review.help"));
        help.addClassName("topic-sub");
        box.add(help);
        for (MeetingTaskRow t : rows) {
            Div row = row(t);
            if (t.state() == MeetingTaskState.DONE && t.result() != null) {
                row.add(small(t.result()));
            }
            box.add(row);
        }
        return box;
    }

    private void fill() {
        list.removeAll();
        List<MeetingTaskRow> rows = tasks.ofMeeting(sheet.meeting().id());
        if (rows.isEmpty()) {
            list.add(new Paragraph(getTranslation("task.none")));
        }
        for (MeetingTaskRow t : rows) {
            Div row = row(t);
            if (t.doneAt() != null) {
                row.add(small(getTranslation("task.doneOn", Formats.dateTime(t.doneAt()), t.result())));
            }
            if (editable) {
                Button edit = new Button(getTranslation("task.edit"), VaadinIcon.EDIT.create(), e -> startEditing(t));
                Button remove =
                        new Button(getTranslation("task.remove"), VaadinIcon.TRASH.create(), e -> confirmRemove(t));
                edit.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
                remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                row.add(new Div(edit, remove));
            }
            list.add(row);
        }
    }

    /** One task: member, what, deadline and state; wraps onto several lines on a phone. */
    private Div row(MeetingTaskRow t) {
        Span state = new Span(getTranslation("task.state." + t.state().name()));
        state.addClassNames(
                "pill",
                switch (t.state()) {
                    case DONE -> "pill-success";
                    case OPEN -> "pill-info";
                    case LATE -> "pill-error";
                });
        Span member = new Span(t.memberName());
        member.addClassName("task-member");
        Div row = new Div(
                member,
                new Span(t.description()),
                new Span(getTranslation("task.dueOn", Formats.date(t.dueOn()))),
                state);
        row.addClassName("meeting-task-row");
        return row;
    }

    private FormLayout form(List<MemberSummary> members) {
        Select<MemberSummary> member = MeetingView.memberSelect(getTranslation("task.member"), members, null);
        TextField description = new TextField(getTranslation("task.description"));
        description.setMaxLength(1000);
        description.setWidthFull();
        DatePicker deadline = DatePickers.create(getTranslation("task.due"));
        deadline.setMin(sheet.meeting().scheduledAt().toLocalDate());
        Button button = new Button(getTranslation("task.add"), VaadinIcon.PLUS.create(), e -> save());
        button.addThemeVariants(ButtonVariant.PRIMARY);
        who = member;
        what = description;
        due = deadline;
        save = button;
        FormLayout form = new FormLayout(member, description, deadline, button);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("34rem", 2));
        form.setColspan(description, 2);
        return form;
    }

    private void startEditing(MeetingTaskRow t) {
        editing = t;
        who.getListDataView()
                .getItems()
                .filter(m -> m.id() == t.memberId())
                .findFirst()
                .ifPresent(who::setValue);
        what.setValue(t.description());
        due.setValue(t.dueOn());
        save.setText(getTranslation("task.save"));
    }

    private void save() {
        if (who.getValue() == null) {
            who.setInvalid(true);
            who.setErrorMessage(getTranslation("task.chooseMember"));
            return;
        }
        long meetingId = sheet.meeting().id();
        try {
            if (editing == null) {
                tasks.add(meetingId, who.getValue().id(), what.getValue(), due.getValue());
                Notifications.success(getTranslation("task.added"));
            } else {
                tasks.edit(
                        meetingId,
                        editing.id(),
                        editing.version(),
                        who.getValue().id(),
                        what.getValue(),
                        due.getValue());
                Notifications.success(getTranslation("task.changed"));
            }
            editing = null;
            save.setText(getTranslation("task.add"));
            who.clear();
            who.setInvalid(false);
            what.clear();
            what.setInvalid(false);
            due.clear();
            fill();
        } catch (BusinessException ex) {
            what.setInvalid(true);
            what.setErrorMessage(ErrorMessages.of(ex));
        }
    }

    private void confirmRemove(MeetingTaskRow t) {
        new ConfirmDialog(
                        getTranslation("task.removeTitle"),
                        t.memberName() + " — " + t.description(),
                        getTranslation("task.remove"),
                        e -> {
                            try {
                                tasks.remove(sheet.meeting().id(), t.id(), t.version());
                                Notifications.success(getTranslation("task.removed"));
                            } catch (BusinessException ex) {
                                Notifications.error(ErrorMessages.of(ex));
                            }
                            fill();
                        },
                        getTranslation("action.cancel"),
                        e -> {})
                .open();
    }

    private static Span small(@Nullable String text) {
        Span s = new Span(text == null ? "" : text);
        s.addClassName("topic-sub");
        return s;
    }
}
