package vn.chibo.minutes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.ui.ErrorMessages;
import vn.chibo.base.ui.Formats;
import vn.chibo.base.ui.Notifications;
import vn.chibo.minutes.service.MeetingNoticeService;
import vn.chibo.minutes.service.MinutesLinks;
import vn.chibo.minutes.service.NoticeStatus;

/**
 * The meeting notice: send it (again), when and by whom it went, a warning when it is late or outdated, "Đã xem
 * x/y" and who has not seen it, and the bundle for the Sổ tay. Opening the page counts as seeing the notice.
 */
class NoticeCard extends Div {

    private final MeetingNoticeService notices;
    private final long meetingId;

    NoticeCard(MeetingNoticeService notices, long meetingId) {
        this.notices = notices;
        this.meetingId = meetingId;
        addClassNames("card", "notice-card");
        notices.opened(meetingId);
        render(notices.status(meetingId));
    }

    private void render(NoticeStatus status) {
        removeAll();
        add(new H3(getTranslation("notice.title")));
        NoticeStatus.Sending last = status.last();
        Paragraph sent = new Paragraph(
                last == null
                        ? getTranslation("notice.notSent")
                        : getTranslation(
                                last.changed() ? "notice.sentChange" : "notice.sent",
                                last.sequence(),
                                Formats.dateTime(last.sentAt()),
                                last.sentBy()));
        sent.addClassName("notice-sent");
        add(sent);
        if (status.late()) {
            warning(getTranslation(last == null ? "notice.lateUnsent" : "notice.late"), "notice-late");
        }
        if (status.outdated()) {
            warning(getTranslation("notice.outdated"), "notice-outdated");
        }
        if (last != null) {
            Span seen = new Span(getTranslation("notice.seen", status.seen(), status.recipients()));
            seen.addClassNames("pill", status.seen() == status.recipients() ? "pill-success" : "pill-contrast");
            seen.addClassName("notice-seen");
            add(seen);
            if (!status.notSeen().isEmpty()) {
                Paragraph notSeen =
                        new Paragraph(getTranslation("notice.notSeen", String.join(", ", status.notSeen())));
                notSeen.addClassName("notice-not-seen");
                add(notSeen);
            }
        }
        Div row = new Div();
        row.addClassName("button-row");
        if (status.canSend()) {
            row.add(new Button(
                    getTranslation(last == null ? "minutes.notify" : "minutes.notifyAgain"),
                    VaadinIcon.BELL_O.create(),
                    e -> send()));
        }
        Anchor bundle = new Anchor(MinutesLinks.soTay(meetingId), getTranslation("notice.bundle"));
        bundle.getElement().setAttribute("download", true);
        bundle.addClassNames("download-link", "notice-bundle");
        row.add(bundle);
        add(row);
    }

    private void send() {
        try {
            render(notices.send(meetingId));
            Notifications.success(getTranslation("minutes.notified"));
        } catch (BusinessException e) {
            Notifications.error(ErrorMessages.of(e));
        }
    }

    private void warning(String text, String className) {
        Div warn = new Div(VaadinIcon.WARNING.create(), new Span(text));
        warn.addClassNames("meeting-warning", className);
        add(warn);
    }
}
