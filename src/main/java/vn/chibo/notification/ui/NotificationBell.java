package vn.chibo.notification.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import java.util.List;
import vn.chibo.base.ui.Formats;
import vn.chibo.notification.domain.Notification;
import vn.chibo.notification.service.NotificationService;

/** The bell in the top bar: how many unread notifications, and the latest ones on click. */
public class NotificationBell extends Composite<Div> {

    private final NotificationService notifications;
    private final Span badge = new Span();
    private final Div list = new Div();
    private final Button bell = new Button(VaadinIcon.BELL.create());

    public NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
        Div root = getContent();
        root.addClassName("notification-bell");
        bell.addThemeVariants(ButtonVariant.TERTIARY);
        bell.setAriaLabel(getTranslation("notify.title"));
        badge.addClassName("bell-badge");
        root.add(bell, badge);

        Popover popover = new Popover();
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setWidth("24rem");
        popover.addClassName("notification-popover");
        Button markRead = new Button(getTranslation("notify.markRead"), e -> {
            notifications.markAllRead();
            refresh();
        });
        markRead.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        Div head = new Div(new H4(getTranslation("notify.title")), markRead);
        head.addClassName("notification-head");
        list.addClassName("notification-list");
        popover.add(head, list);
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                fill();
            }
        });
        root.add(popover);
        refresh();
    }

    private void refresh() {
        long unread = notifications.unreadCount();
        badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
        badge.setVisible(unread > 0);
        bell.setAriaLabel(getTranslation("notify.unread", unread));
        fill();
    }

    private void fill() {
        list.removeAll();
        List<Notification> latest = notifications.mine(20);
        if (latest.isEmpty()) {
            list.add(new Paragraph(getTranslation("notify.none")));
        }
        for (Notification n : latest) {
            // in the reader's language: the title is kept as a key and its arguments (older rows as their text)
            Div item = new Div(
                    new Span(n.title().render(this::getTranslation)), small(Formats.dateTime(n.getCreatedAt())));
            item.addClassName("notification-item");
            if (!n.isRead()) {
                item.addClassName("unread");
            }
            if (n.getLink() != null) {
                item.getElement().setAttribute("role", "link");
                item.addClickListener(e -> UI.getCurrent().navigate(n.getLink()));
            }
            list.add(item);
        }
    }

    private static Span small(String text) {
        Span s = new Span(text);
        s.addClassName("topic-sub");
        return s;
    }
}
