package vn.chibo.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import java.util.function.IntConsumer;

/** Lets a view adapt to the window width (fewer grid columns on a phone). */
public final class Responsive {

    public static final int PHONE = 640;

    private Responsive() {}

    /** Calls {@code onWidth} with the window width when {@code component} is attached and on every resize. */
    public static void onWidth(Component component, IntConsumer onWidth) {
        Registration[] resize = new Registration[1];
        component.addAttachListener(attach -> {
            var ui = attach.getUI();
            ui.getPage().retrieveExtendedClientDetails(details -> onWidth.accept(details.getWindowInnerWidth()));
            resize[0] = ui.getPage().addBrowserWindowResizeListener(e -> onWidth.accept(e.getWidth()));
        });
        component.addDetachListener(detach -> {
            if (resize[0] != null) {
                resize[0].remove();
            }
        });
    }
}
