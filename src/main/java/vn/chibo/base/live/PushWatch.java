package vn.chibo.base.live;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The page script that notices a lost Push connection at once (push-watch.js beside this class): Vaadin's client,
 * which sends the clicks as ordinary requests, would otherwise show a listening phone as connected until its next
 * request (docs/operations.md, "Bad connections").
 */
public final class PushWatch {

    /** Read once: every page's first request inlines it. */
    private static final String SCRIPT = read();

    private PushWatch() {}

    /** The script, to be inlined at the top of every page's head (before Vaadin opens its Push connection). */
    public static String script() {
        return SCRIPT;
    }

    private static String read() {
        try (InputStream in = PushWatch.class.getResourceAsStream("push-watch.js")) {
            if (in == null) {
                throw new IllegalStateException("push-watch.js is missing beside " + PushWatch.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
