package vn.chibo.base.ui;

import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.domain.ConcurrentEditException;

/**
 * Saving a form while its user types, as the minutes and the drafts do: the page saves a moment after typing
 * stops, with the version it was read at; the outcome is shown in a status line ("saved at 14:05"). A save
 * refused because someone else saved in between stops the saving for good (what is typed stays on screen, and
 * saving over the newer version would lose that person's work) and says so.
 */
public final class Autosave {

    /** One save; returns nothing, throws a {@link BusinessException} when refused. */
    @FunctionalInterface
    public interface Save {
        void run();
    }

    private final Span status;
    private final Clock clock;
    private final String savedKey;
    private final DateTimeFormatter time;
    private boolean stale;

    /**
     * @param savedKey the translation shown after a save, with the time as {0}
     * @param timePattern how that time is written, e.g. "HH:mm"
     */
    public Autosave(Span status, Clock clock, String savedKey, String timePattern) {
        this.status = status;
        this.clock = clock;
        this.savedKey = savedKey;
        this.time = DateTimeFormatter.ofPattern(timePattern);
        status.addClassName("autosave-status");
    }

    /** Runs the save unless a conflict stopped the saving; true when it was saved. */
    public boolean run(Save save) {
        if (stale) {
            return false;
        }
        try {
            save.run();
            status.setText(status.getTranslation(savedKey, time.format(LocalTime.now(clock))));
            status.removeClassName("error");
            return true;
        } catch (ConcurrentEditException e) {
            stale = true;
            failed(e);
            Notifications.error(ErrorMessages.of(e));
            return false;
        } catch (BusinessException e) {
            failed(e);
            return false;
        }
    }

    /** A conflicting edit was found: nothing more is saved from this page. */
    public boolean isStale() {
        return stale;
    }

    private void failed(BusinessException e) {
        status.setText(ErrorMessages.of(e));
        status.addClassName("error");
    }
}
