package vn.chibo.live.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.chibo.base.live.LiveEvents;

/**
 * A page's subscription to a meeting's changes. {@link LiveEvents} calls its listeners on the thread that committed
 * (another member's request) or on its poller; the page's refresh must run neither there nor as that user. So the
 * news is handed to the application's task executor, which takes the page's lock with {@code UI.access} and reads
 * the state as the page's own user (captured when the page attached), one refresh waiting at a time
 * ({@link OneRefreshAtATime}). Only the user and the id are kept.
 */
final class LiveSubscription {

    private LiveSubscription() {}

    static Registration follow(LiveEvents live, Executor executor, UI ui, long meetingId, Runnable refresh) {
        SecurityContext owner = SecurityContextHolder.getContext();
        Command asOwner = () -> {
            SecurityContext before = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(owner);
            try {
                refresh.run();
            } finally {
                SecurityContextHolder.setContext(before);
            }
        };
        OneRefreshAtATime refreshes = new OneRefreshAtATime(executor, () -> ui.access(asOwner));
        return live.subscribe(meetingId, revision -> {
            VaadinSession session = ui.getSession();
            if (session != null && session.hasLock()) {
                // told on a thread that holds this page's session (its own user's change, or a test): queued here,
                // the refresh runs when that thread lets go of the session, never on another thread meanwhile
                ui.access(asOwner);
            } else {
                refreshes.news();
            }
        });
    }

    /** How often a page showing the QR code looks whether its 30-second slot has passed. */
    static final int QR_POLL_MS = 5_000;

    /**
     * A page showing the rotating QR code polls (the code changes with the clock, not with any event) and draws the
     * code again once its slot has passed; removed, the page stops polling.
     */
    static Registration rotatingQr(UI ui, LongSupplier currentSlot, LongSupplier shownSlot, Runnable render) {
        ui.setPollInterval(QR_POLL_MS);
        Registration poll = ui.addPollListener(e -> {
            if (currentSlot.getAsLong() != shownSlot.getAsLong()) {
                render.run();
            }
        });
        return () -> {
            poll.remove();
            ui.setPollInterval(-1);
        };
    }
}
