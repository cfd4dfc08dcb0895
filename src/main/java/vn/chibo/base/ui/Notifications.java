package vn.chibo.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.jspecify.annotations.Nullable;

/**
 * Short confirmations and errors, the same everywhere: one at a time (a new one replaces the one showing, so they
 * never pile up over the page), at the bottom of the screen, where on a phone they cover the least.
 */
public final class Notifications {

    static final Notification.Position POSITION = Notification.Position.BOTTOM_CENTER;

    private Notifications() {}

    public static void success(String text) {
        show(text, 3500, NotificationVariant.SUCCESS);
    }

    public static void error(String text) {
        show(text, 7000, NotificationVariant.ERROR);
    }

    public static void info(String text) {
        show(text, 5000, null);
    }

    private static Notification show(String text, int duration, @Nullable NotificationVariant variant) {
        UI ui = UI.getCurrent();
        Notification previous = ui == null ? null : ComponentUtil.getData(ui, Notification.class);
        if (previous != null && previous.isOpened()) {
            previous.close();
        }
        Notification n = Notification.show(text, duration, POSITION);
        if (variant != null) {
            n.addThemeVariants(variant);
        }
        if (ui != null) {
            ComponentUtil.setData(ui, Notification.class, n);
        }
        return n;
    }
}
