package vn.chibo.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The Vietnamese message bundle, for tests that check an error's key is one the user can read. */
public final class Messages {

    private Messages() {}

    public static Properties vietnamese() {
        Properties messages = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/i18n/messages_vi.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return messages;
    }
}
