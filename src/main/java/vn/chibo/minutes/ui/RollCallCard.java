package vn.chibo.minutes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.ui.EnumLabels;
import vn.chibo.base.ui.ErrorMessages;
import vn.chibo.base.ui.Notifications;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.minutes.domain.AttendanceStatus;
import vn.chibo.minutes.service.Counts;
import vn.chibo.minutes.service.MeetingSheet;
import vn.chibo.minutes.service.MinutesService;

/** The roll-call (kiểm diện): one tap per member, counts and quorum updated at once. */
class RollCallCard extends Div {

    private final MinutesService minutes;
    private final Div counts = new Div();
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
            Div warn = new Div(VaadinIcon.WARNING.create(), new Span(w));
            warn.addClassName("absence-warning");
            add(warn);
        });
        MeetingStatus status = sheet.meeting().status();
        boolean editable = sheet.canManage() && !sheet.isLocked()
                && (status == MeetingStatus.IN_PROGRESS || status == MeetingStatus.HELD);
        if (status.isUpcoming()) {
            add(new Paragraph(getTranslation("minutes.rollCallLater", sheet.attendance().size())));
        }
        Div list = new Div();
        list.addClassName("attendees");
        for (MeetingSheet.Attendee a : sheet.attendance()) {
            if (!a.exempted()) {
                list.add(row(view, a, editable));
            }
        }
        add(list);
        var exempted = sheet.attendance().stream().filter(MeetingSheet.Attendee::exempted).map(MeetingSheet.Attendee::name)
                .toList();
        if (!exempted.isEmpty()) {
            add(new Paragraph(getTranslation("minutes.exemptedList", String.join(", ", exempted))));
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
        RadioButtonGroup<AttendanceStatus> answer = new RadioButtonGroup<>();
        answer.setAriaLabel(getTranslation("minutes.rollCallOf", a.name()));
        answer.setItems(AttendanceStatus.values());
        answer.setItemLabelGenerator(EnumLabels::of);
        answer.setValue(a.status());
        answer.setReadOnly(!editable);
        TextField reason = new TextField();
        reason.setPlaceholder(getTranslation("minutes.reasonPlaceholder"));
        reason.setAriaLabel(getTranslation("minutes.reasonOf", a.name()));
        reason.setValue(a.reason() == null ? "" : a.reason());
        reason.setVisible(a.status() == AttendanceStatus.EXCUSED || a.status() == AttendanceStatus.UNEXCUSED);
        reason.setReadOnly(!editable);
        Runnable send = () -> {
            try {
                sheet = minutes.answer(sheet.meeting().id(), a.memberId(), answer.getValue(), reason.getValue());
                view.refresh(sheet);
                reason.setInvalid(false);
                showCounts();
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
            boolean needsReason = e.getValue() == AttendanceStatus.EXCUSED || e.getValue() == AttendanceStatus.UNEXCUSED;
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
        Div row = new Div(who, answer, reason);
        row.addClassName("attendee");
        return row;
    }

    private void showCounts() {
        counts.removeAll();
        Counts c = sheet.counts();
        counts.add(chip(getTranslation("minutes.count.present", c.present(), c.expected()), "pill-success"),
                chip(getTranslation("minutes.count.late", c.late()), "pill-contrast"),
                chip(getTranslation("minutes.count.excused", c.excused()), "pill-warning"),
                chip(getTranslation("minutes.count.unexcused", c.unexcused()), "pill-error"),
                chip(getTranslation("minutes.count.exempted", c.exempted()), "pill-contrast"));
        if (c.unanswered() > 0) {
            counts.add(chip(getTranslation("minutes.count.unanswered", c.unanswered()), "pill-info"));
        }
        Span quorum = new Span(getTranslation(c.quorumMet() ? "minutes.quorumMet" : "minutes.quorumNotMet",
                c.fullPresent(), c.fullExpected(), c.quorumPercent()));
        quorum.addClassNames("quorum", c.quorumMet() ? "ok" : "not-ok");
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
