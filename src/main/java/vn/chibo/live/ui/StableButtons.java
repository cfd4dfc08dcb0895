package vn.chibo.live.ui;

import com.vaadin.flow.component.button.Button;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A live page's buttons kept across its redraws, by what they do. The page is drawn again at every change of the
 * meeting — while thirty members vote, many times a second — and a tap travels to the server as "button n was
 * clicked": a button made anew at each redraw would be gone by then and the tap silently lost (the meeting evening's
 * benchmark lost one ballot in five that way). The same button, moved into the new drawing, still takes it.
 */
final class StableButtons {

    private final Map<String, Button> buttons = new HashMap<>();
    private final Set<String> drawn = new HashSet<>();

    /**
     * The button for {@code key}, made once; enabled again at each drawing (one disabled on a click whose action was
     * refused may be tried again). Its listener must read what it acts on when clicked, not when made.
     */
    Button get(String key, Supplier<Button> make) {
        drawn.add(key);
        Button b = buttons.computeIfAbsent(key, k -> make.get());
        b.setEnabled(true);
        return b;
    }

    /** After a drawing: buttons it did not show are forgotten (a vote closed, a member answered). */
    void forgetUndrawn() {
        buttons.keySet().retainAll(drawn);
        drawn.clear();
    }
}
