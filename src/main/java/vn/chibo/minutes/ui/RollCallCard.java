package vn.chibo.minutes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.domain.ConcurrentEditException;
import vn.chibo.base.ui.EnumLabels;
import vn.chibo.base.ui.ErrorMessages;
import vn.chibo.base.ui.Notifications;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.minutes.domain.AttendanceStatus;
import vn.chibo.minutes.service.Counts;
import vn.chibo.minutes.service.MeetingSheet;
import vn.chibo.minutes.service.MinutesService;
import vn.chibo.minutes.service.RollCallAnswer;

/** The roll-call (kiểm diện): one tap per member, counts and quorum updated at once. */
class RollCallCard extends Div {

    private final MinutesService minutes;
    private final Div counts = new Div();
    private final Div list = new Div();
    private @Nullable Button rest;
    private MeetingSheet sheet;

    RollCallCard(MeetingView view, MinutesService minutes, MeetingSheet sheet) {
        this.minutes = minutes;
        this.sheet = sheet;
        addClassNames("card", "roll-call");
        add(new H3(getTranslation("minutes.rollCall")));
        counts.addClassName("counts");
        add(counts);
        showCounts();
        sheet.absenceWarnings().forEach(w -> {
            Div warn = new Div(
                    VaadinIcon.WARNING.create(),
                    new Span(getTranslation("minutes.absenceWarning", w.memberName(), w.months())));
            warn.addClassName("absence-warning");
            add(warn);
        });
        list.addClassName("attendees");
        add(list);
        showList(view);
    }

    private void showList(MeetingView view) {
        list.removeAll();
        MeetingStatus status = sheet.meeting().status();
        boolean editable = sheet.canManage()
                && !sheet.isLocked()
                && (status == MeetingStatus.IN_PROGRESS || status == MeetingStatus.HELD);
        if (status.isUpcoming()) {
            list.add(new Paragraph(
                    getTranslation("minutes.rollCallLater", sheet.attendance().size())));
        }
        for (MeetingSheet.Attendee a : sheet.attendance()) {
            if (!a.exempted()) {
                list.add(row(view, a, editable));
            }
        }
        if (editable) {
            rest = new Button(VaadinIcon.CHECK_CIRCLE.create(), e -> restPresent(view));
            rest.addClassName("rest-present");
            list.add(rest);
            showCounts();
        }
        var exempted = sheet.attendance().stream()
                .filter(MeetingSheet.Attendee::exempted)
                .map(MeetingSheet.Attendee::name)
                .toList();
        if (!exempted.isEmpty()) {
            list.add(new Paragraph(getTranslation("minutes.exemptedList", String.join(", ", exempted))));
        }
    }

    /** The secretary ticks the absentees, then everyone not yet answered is present — one tap for a large cell. */
    private void restPresent(MeetingView view) {
        List<RollCallAnswer> rest = sheet.attendance().stream()
                .filter(a -> !a.exempted() && a.status() == null)
                .map(a -> new RollCallAnswer(a.memberId(), a.version(), AttendanceStatus.PRESENT, null))
                .toList();
        try {
            sheet = minutes.answerAll(sheet.meeting().id(), rest);
            view.refresh(sheet);
            showCounts();
            showList(view);
        } catch (BusinessException ex) {
            Notifications.error(ErrorMessages.of(ex));
        }
    }

    private Component row(MeetingView view, MeetingSheet.Attendee a, boolean editable) {
        Span name = new Span(a.name());
        name.addClassName("attendee-name");
        Div who = new Div(name);
        if (!a.fullMember()) {
            Span tag = new Span(getTranslation("minutes.probationary"));
            tag.addClassNames("pill", "pill-contrast");
            who.add(tag);
        }
        if (!editable) {
            return answered(who, a);
        }
        RadioButtonGroup<AttendanceStatus> answer = new RadioButtonGroup<>();
        answer.setAriaLabel(getTranslation("minutes.rollCallOf", a.name()));
        // the four usual answers; temporary transfer and suspension are rare, behind "Khác…"
        List<AttendanceStatus> items = new ArrayList<>(List.of(
                AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.EXCUSED, AttendanceStatus.UNEXCUSED));
        if (a.status() != null && a.status().isOutOfBase()) {
            items.add(a.status());
        }
        answer.setItems(items);
        answer.setItemLabelGenerator(EnumLabels::of);
        answer.setValue(a.status());
        answer.setReadOnly(!editable);
        TextField reason = new TextField();
        reason.setPlaceholder(getTranslation("minutes.reasonPlaceholder"));
        reason.setAriaLabel(getTranslation("minutes.reasonOf", a.name()));
        reason.setValue(a.reason() == null ? "" : a.reason());
        reason.setVisible(a.status() == AttendanceStatus.EXCUSED || a.status() == AttendanceStatus.UNEXCUSED);
        reason.setReadOnly(!editable);
        // the version of the answer this row shows: a change made elsewhere since is refused, not overwritten
        long[] shown = {a.version()};
        Runnable send = () -> {
            try {
                sheet = minutes.answer(
                        sheet.meeting().id(), a.memberId(), shown[0], answer.getValue(), reason.getValue());
                shown[0] = sheet.attendance().stream()
                        .filter(x -> x.memberId() == a.memberId())
                        .findFirst()
                        .map(MeetingSheet.Attendee::version)
                        .orElse(shown[0]);
                view.refresh(sheet);
                reason.setInvalid(false);
                showCounts();
            } catch (ConcurrentEditException ex) {
                Notifications.error(ErrorMessages.of(ex));
            } catch (BusinessException ex) {
                reason.setInvalid(true);
                reason.setErrorMessage(ErrorMessages.of(ex));
                Notifications.error(ErrorMessages.of(ex));
            }
        };
        answer.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            boolean needsReason =
                    e.getValue() == AttendanceStatus.EXCUSED || e.getValue() == AttendanceStatus.UNEXCUSED;
            reason.setVisible(needsReason);
            if (e.getValue() == AttendanceStatus.EXCUSED && reason.getValue().isBlank()) {
                reason.focus();
                return; // sent when the reason is typed
            }
            send.run();
        });
        reason.addValueChangeListener(e -> {
            if (e.isFromClient() && answer.getValue() != null) {
                send.run();
            }
        });
        // the answers and, for a full member, the rare ones behind "Khác…", on one line
        Div answers = new Div(answer);
        answers.addClassName("attendee-answers");
        Div row = new Div(who, answers, reason);
        row.addClassName("attendee");
        if (a.fullMember()) {
            Button other = new Button(getTranslation("minutes.otherStatus"));
            other.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            other.getElement().setAttribute("aria-label", getTranslation("minutes.otherStatusOf", a.name()));
            ContextMenu menu = new ContextMenu(other);
            menu.setOpenOnClick(true);
            for (AttendanceStatus rare : List.of(AttendanceStatus.TRANSFERRED, AttendanceStatus.SUSPENDED)) {
                menu.addItem(EnumLabels.of(rare), e -> {
                    try {
                        sheet = minutes.answer(sheet.meeting().id(), a.memberId(), shown[0], rare, null);
                        view.refresh(sheet);
                        showList(view);
                    } catch (BusinessException ex) {
                        Notifications.error(ErrorMessages.of(ex));
                    }
                });
            }
            answers.add(other);
        }
        return row;
    }

    /** A roll-call that cannot change (locked, not started, or a reader): text, not 4 radio buttons per member. */
    private Component answered(Div who, MeetingSheet.Attendee a) {
        Div row = new Div(who);
        row.addClassNames("attendee", "attendee-read-only");
        if (a.status() != null) {
            Span status = new Span(EnumLabels.of(a.status()) + (a.reason() == null ? "" : " — " + a.reason()));
            status.addClassNames(
                    "pill",
                    a.status().isPresent()
                            ? "pill-success"
                            : a.status() == AttendanceStatus.EXCUSED
                                            || a.status().isOutOfBase()
                                    ? "pill-warning"
                                    : "pill-error");
            row.add(status);
        }
        return row;
    }

    private void showCounts() {
        counts.removeAll();
        Counts c = sheet.counts();
        if (rest != null) {
            rest.setText(getTranslation("minutes.restPresent", c.unanswered()));
            rest.setVisible(c.unanswered() > 0);
        }
        counts.add(
                chip(getTranslation("minutes.count.present", c.present(), c.expected()), "pill-success"),
                chip(getTranslation("minutes.count.late", c.late()), "pill-contrast"),
                chip(getTranslation("minutes.count.excused", c.excused()), "pill-warning"),
                chip(getTranslation("minutes.count.unexcused", c.unexcused()), "pill-error"),
                chip(getTranslation("minutes.count.exempted", c.exempted()), "pill-contrast"));
        if (c.outOfBase() > 0) {
            counts.add(chip(getTranslation("minutes.count.outOfBase", c.outOfBase()), "pill-contrast"));
        }
        if (c.unanswered() > 0) {
            counts.add(chip(getTranslation("minutes.count.unanswered", c.unanswered()), "pill-info"));
        }
        // presence against the voting base; the percentage is the cell's own warning threshold, not a Party rule
        var b = sheet.votingBase();
        boolean met = b.base() > 0 && b.voters() * 100 > c.quorumPercent() * b.base();
        Span quorum = new Span(getTranslation(
                met ? "minutes.quorumMet" : "minutes.quorumNotMet", b.voters(), b.base(), c.quorumPercent()));
        quorum.addClassNames("quorum", met ? "ok" : "not-ok");
        counts.add(quorum);
    }

    private static Span chip(String text, String variant) {
        Span s = new Span(text);
        s.addClassNames("pill", variant);
        return s;
    }

    /** For tests. */
    MeetingSheet sheet() {
        return sheet;
    }
}
