package vn.chibo.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The last line of defence for errors in button clicks and other UI events: the user gets a clear
 * sentence, the log gets the details, and what is on screen stays (nothing typed is thrown away).
 */
@Component
class MainErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(MainErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(handler()));
    }

    private static ErrorHandler handler() {
        return (ErrorEvent errorEvent) -> {
            Throwable error = errorEvent.getThrowable();
            if (ErrorMessages.isExpected(error)) {
                log.debug("Refused: {}", error.toString());
            } else {
                log.error("Unexpected error", error);
            }
            UI ui = errorEvent.getComponent().flatMap(c -> c.getUI()).orElse(UI.getCurrent());
            if (ui != null) {
                ui.access(() -> Notifications.error(ErrorMessages.of(error)));
            }
        };
    }
}
