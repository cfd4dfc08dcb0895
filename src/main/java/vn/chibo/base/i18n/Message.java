package vn.chibo.base.i18n;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Text kept for later readers as a translation key and its arguments, so each reader sees it in their own
 * language. An argument is a literal (a title, a name, a date: shown as is), a whole number, or another
 * {@code Message} (a word such as a month or a kind, translated with the rest). Text written before keys were
 * kept, or typed by a person, is {@link #verbatim verbatim}.
 */
public sealed interface Message {

    /** How a key and its (already rendered) arguments become text: a view's {@code this::getTranslation}. */
    @FunctionalInterface
    interface Translator {
        String translate(String key, Object... args);
    }

    static Message of(String key, Object... args) {
        return new Keyed(key, Arrays.stream(args).map(Message::argument).toList());
    }

    static Message verbatim(String text) {
        return new Verbatim(text);
    }

    /** Verbatim text, or none (an optional reason or note typed by a person). */
    static @Nullable Message verbatimOrNull(@Nullable String text) {
        return text == null ? null : new Verbatim(text);
    }

    String render(Translator translator);

    /** The key and its encoded arguments, for storing; none for verbatim text. */
    default @Nullable Stored stored() {
        return null;
    }

    /** Back from the stored key and arguments; {@code fallback} (the text stored beside them) when there is no key. */
    static Message restore(@Nullable String key, @Nullable String arguments, String fallback) {
        if (key == null) {
            return new Verbatim(fallback);
        }
        try {
            List<?> args = arguments == null ? List.of() : JSON.readValue(arguments, List.class);
            return new Keyed(key, args.stream().map(Message::decode).toList());
        } catch (JacksonException | IllegalArgumentException e) {
            return new Verbatim(fallback); // unreadable arguments: the stored text still says it
        }
    }

    record Keyed(String key, List<Object> args) implements Message {

        @Override
        public String render(Translator translator) {
            Object[] rendered = args.stream()
                    .map(a -> a instanceof Message m ? m.render(translator) : a)
                    .toArray();
            return translator.translate(key, rendered);
        }

        @Override
        public Stored stored() {
            return new Stored(
                    key,
                    JSON.writeValueAsString(args.stream().map(Message::encode).toList()));
        }
    }

    record Verbatim(String text) implements Message {

        @Override
        public String render(Translator translator) {
            return text;
        }
    }

    /** A key and its arguments as JSON (literals as strings, numbers as numbers, words as {"key", "args"}). */
    record Stored(String key, String arguments) {}

    JsonMapper JSON = JsonMapper.builder().build();

    private static Object argument(@Nullable Object arg) {
        return switch (arg) {
            case null -> "";
            case Verbatim v -> v.text();
            case Message m -> m;
            case Integer i -> i.longValue();
            case Long l -> l;
            case String s -> s;
            default ->
                throw new IllegalArgumentException(
                        "Not a message argument: " + arg.getClass().getName());
        };
    }

    private static Object encode(Object arg) {
        if (arg instanceof Keyed k) {
            return Map.of(
                    "key",
                    k.key(),
                    "args",
                    k.args().stream().map(Message::encode).toList());
        }
        return arg;
    }

    private static Object decode(Object value) {
        return switch (value) {
            case Map<?, ?> map
            when map.get("key") instanceof String key && map.get("args") instanceof List<?> args ->
                new Keyed(
                        key, new ArrayList<>(args.stream().map(Message::decode).toList()));
            case Number n -> n.longValue();
            case String s -> s;
            default -> throw new IllegalArgumentException("Not a stored message argument: " + value);
        };
    }
}
