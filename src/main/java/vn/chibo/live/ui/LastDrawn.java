package vn.chibo.live.ui;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a part of a live page was last drawn from. A meeting's every change reaches every page of it — thirty phones,
 * each check-in and each ballot — and a part drawn again sends all its elements anew to each phone and leaves them
 * in the server's memory until the next answer; a part whose facts did not change is left as it is, so a phone
 * receives only what changed for its reader (most often one count).
 */
final class LastDrawn {

    private @Nullable Object drawn;

    /** Whether {@code facts} are those last drawn; if not, they are remembered as the ones now drawn. */
    boolean unchanged(Object facts) {
        if (Objects.equals(drawn, facts)) {
            return true;
        }
        drawn = facts;
        return false;
    }

    /** The next drawing draws again: after the reader's own action, whose buttons must be usable again. */
    void forget() {
        drawn = null;
    }
}
