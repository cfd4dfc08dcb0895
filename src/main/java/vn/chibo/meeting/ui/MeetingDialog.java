package vn.chibo.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.ui.DatePickers;
import vn.chibo.base.ui.EnumLabels;
import vn.chibo.base.ui.FieldRow;
import vn.chibo.base.ui.FormDialog;
import vn.chibo.base.ui.Notifications;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.MeetingLinks;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.RuleData;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.plan.service.PlanService;
import vn.chibo.plan.service.TopicRow;

/**
 * One meeting: its details for everyone; for the secretary, moving it, postponing it (with a reason, members
 * are told) or cancelling it (with a reason). Without a meeting, it adds one.
 */
class MeetingDialog extends FormDialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm, dd/MM/yyyy");

    private final ScheduleService schedule;
    private final Runnable onChanged;

    MeetingDialog(
            ScheduleService schedule,
            PlanService plans,
            long cellId,
            @Nullable MeetingRow meeting,
            LocalDate suggestedDay,
            Runnable onChanged) {
        this.schedule = schedule;
        this.onChanged = onChanged;
        setWidth("36rem");
        setMaxWidth("100%");
        boolean canManage = schedule.canManage(cellId);
        if (meeting == null) {
            buildAdd(plans, cellId, suggestedDay);
        } else {
            buildShow(meeting, canManage);
        }
    }

    private void buildAdd(PlanService plans, long cellId, LocalDate day) {
        setHeaderTitle(getTranslation("calendar.add"));
        Select<MeetingType> type = new Select<>();
        type.setLabel(getTranslation("meeting.type"));
        type.setItems(MeetingType.values());
        type.setItemLabelGenerator(EnumLabels::of);
        type.setValue(MeetingType.REGULAR);
        Select<TopicRow> topic = new Select<>();
        topic.setLabel(getTranslation("meeting.topic"));
        // a topic already presented (or with its meeting set) is not offered again
        topic.setItems(schedule.topicsWithoutMeeting(cellId, day.getYear()));
        topic.setItemLabelGenerator(t -> t == null ? "" : getTranslation("month.short", t.month()) + " · " + t.title());
        topic.setVisible(false);
        type.addValueChangeListener(e -> topic.setVisible(e.getValue() == MeetingType.THEMATIC));
        // the cell's rule (time, length, place) is what a new meeting most likely follows
        Optional<RuleData> rule = schedule.rule(cellId);
        DateTimePicker when = dateTime(day.atTime(rule.map(r -> r.startTime()).orElse(LocalTime.of(14, 0))));
        IntegerField minutes = minutes(rule.map(r -> r.durationMinutes()).orElse(120));
        TextField place = place(rule.map(r -> r.place()).orElse(null));
        FormLayout form = form(type, topic, when, minutes, place);
        add(form);
        rule(
                topic,
                t -> type.getValue() != MeetingType.THEMATIC || t != null,
                getTranslation("calendar.error.topicRequired"));
        constrainedTime(when, minutes, place);
        saves("meeting.done.added", () -> {
            MeetingForm f = MeetingForm.at(when.getValue(), minutes.getValue(), place.getValue());
            return schedule.add(
                    cellId,
                    type.getValue(),
                    f.when(),
                    f.durationMinutes(),
                    f.place(),
                    topic.getValue() == null ? null : topic.getValue().id());
        });
    }

    private void buildShow(MeetingRow m, boolean canManage) {
        setHeaderTitle(
                m.type() == MeetingType.THEMATIC
                        ? getTranslation("calendar.chipThematic", m.title())
                        : getTranslation("calendar.chipRegular"));
        add(
                row("meeting.when", WHEN.format(m.scheduledAt())),
                row("meeting.duration", getTranslation("meeting.minutes", m.durationMinutes())),
                row("meeting.place", m.place()),
                row("meeting.status", EnumLabels.of(m.status())));
        getFooter().removeAll(); // the details have nothing to save: their footer is the ways forward
        if (m.presenterName() != null) {
            add(row("topic.presenter", m.presenterName()));
        }
        if (m.originalAt() != null) {
            add(row("meeting.originalAt", WHEN.format(m.originalAt())));
        }
        if (m.statusReason() != null) {
            add(row("meeting.reason", m.statusReason()));
        }
        Button close = new Button(getTranslation("action.close"), e -> close());
        // the meeting page (roll-call, minutes) belongs to the minutes feature: reached by its route
        Button open =
                new Button(getTranslation(m.status().isUpcoming() ? "meeting.openRun" : "meeting.openRecord"), e -> {
                    close();
                    getUI().ifPresent(ui -> ui.navigate(MeetingLinks.page(m.id())));
                });
        open.addThemeVariants(ButtonVariant.PRIMARY);
        if (m.status() != MeetingStatus.CANCELLED) {
            getFooter().add(open);
        }
        if (!canManage || !m.status().isUpcoming()) {
            getFooter().add(close);
            return;
        }
        Button move = new Button(getTranslation("meeting.move"), e -> showMove(m));
        Button postpone = new Button(getTranslation("meeting.postpone"), e -> showPostpone(m));
        Button cancel = new Button(getTranslation("meeting.cancel"), e -> showCancel(m));
        cancel.addThemeVariants(ButtonVariant.ERROR);
        getFooter().add(close, cancel, postpone, move);
    }

    private void showMove(MeetingRow m) {
        replaceBody(getTranslation("meeting.move"));
        DateTimePicker when = dateTime(m.scheduledAt());
        IntegerField minutes = minutes(m.durationMinutes());
        TextField place = place(m.place());
        add(new Paragraph(getTranslation("meeting.moveHelp")), form(when, minutes, place));
        saveButton().setText(getTranslation("action.save"));
        constrainedTime(when, minutes, place);
        saves("meeting.done.rescheduled", () -> {
            MeetingForm f = MeetingForm.at(when.getValue(), minutes.getValue(), place.getValue());
            return schedule.reschedule(m.id(), m.version(), f.when(), f.durationMinutes(), f.place());
        });
    }

    private void showPostpone(MeetingRow m) {
        replaceBody(getTranslation("meeting.postpone"));
        DateTimePicker when = dateTime(m.scheduledAt().plusDays(7));
        TextArea reason = reason();
        add(new Paragraph(getTranslation("meeting.postponeHelp")), form(when, reason));
        saveButton().setText(getTranslation("meeting.postpone"));
        constrained(when, MeetingForm.class, "when");
        constrained(reason, MeetingForm.class, "reason");
        saves("meeting.done.postponed", () -> {
            MeetingForm f = MeetingForm.because(when.getValue(), reason.getValue());
            return schedule.postpone(m.id(), m.version(), f.when(), f.reason());
        });
    }

    private void showCancel(MeetingRow m) {
        replaceBody(getTranslation("meeting.cancel"));
        TextArea reason = reason();
        add(new Paragraph(getTranslation("meeting.cancelHelp")), form(reason));
        saveButton().setText(getTranslation("meeting.cancel"));
        saveButton().addThemeVariants(ButtonVariant.ERROR);
        cancelButton().setText(getTranslation("action.close"));
        constrained(reason, MeetingForm.class, "reason");
        saves(
                "meeting.done.cancelled",
                () -> schedule.cancel(
                        m.id(),
                        m.version(),
                        MeetingForm.because(null, reason.getValue()).reason()));
    }

    /** From the details to one of the secretary's steps: its form, and "Hủy" + its action in the footer. */
    private void replaceBody(String title) {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle(title);
        add(errorArea());
        getFooter().add(cancelButton(), saveButton());
    }

    /** The dialog's action: done, it says what was done ({@code doneKey}) and closes; refused, it says why. */
    private void saves(String doneKey, Supplier<?> action) {
        onSave(() -> {
            action.get();
            Notifications.success(getTranslation(doneKey));
            onChanged.run();
        });
    }

    private DateTimePicker dateTime(LocalDateTime value) {
        DateTimePicker p = DatePickers.dateTime(getTranslation("meeting.when"));
        p.setStep(Duration.ofMinutes(15));
        p.setValue(value);
        return p;
    }

    private IntegerField minutes(int value) {
        IntegerField f = new IntegerField(getTranslation("meeting.duration"));
        f.setMin(30);
        f.setMax(600);
        f.setStep(15);
        f.setStepButtonsVisible(true);
        f.setValue(value);
        f.setSuffixComponent(new Span(getTranslation("meeting.minutesUnit")));
        return f;
    }

    private TextField place(@Nullable String value) {
        TextField f = new TextField(getTranslation("meeting.place"));
        f.setMaxLength(255);
        f.setValue(value == null ? "" : value);
        return f;
    }

    private TextArea reason() {
        TextArea r = new TextArea(getTranslation("meeting.reason"));
        r.setMaxLength(1000);
        r.setRequired(true);
        return r;
    }

    private static FormLayout form(Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        return form;
    }

    private Div row(String key, @Nullable String value) {
        return FieldRow.of(getTranslation(key), value);
    }

    private void constrainedTime(DateTimePicker when, IntegerField minutes, TextField place) {
        constrained(when, MeetingForm.class, "when");
        constrained(minutes, MeetingForm.class, "durationMinutes");
        constrained(place, MeetingForm.class, "place");
    }
}
