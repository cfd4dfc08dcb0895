package vn.chibo.base.ui;

import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * What a page says while its connection is lost (a phone in a meeting room with bad reception): in the reader's
 * language, and that nothing sent is lost — the server holds the state, and the page reads it again when it is back.
 * Vaadin's client keeps trying every {@value #RETRY_MS} ms (re-sending a click that did not get through, once) and
 * shows these texts in its connection indicator; docs/operations.md says how long a page survives a drop.
 */
@Component
class ConnectionTexts implements VaadinServiceInitListener {

    /** Vaadin's own default: a try every 5 s, for hours — a one-minute drop is a dozen tries. */
    static final int RETRY_MS = 5_000;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // after every init listener: the page's language is decided by then (LanguageInitializer)
        event.getSource()
                .addUIInitListener(
                        init -> init.getUI().beforeClientResponse(init.getUI(), context -> apply(context.getUI())));
    }

    static void apply(UI ui) {
        ReconnectDialogConfiguration c = ui.getReconnectDialogConfiguration();
        c.setDialogText(ui.getTranslation("connection.reconnecting"));
        c.setDialogTextGaveUp(ui.getTranslation("connection.lost"));
        c.setReconnectInterval(RETRY_MS);
    }
}
