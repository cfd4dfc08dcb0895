package vn.chibo.security.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The rules a new password must meet; each broken rule has a message key. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    /** Shipped with the product: {@code src/main/resources/security/common-passwords.txt}. */
    private static final Set<String> COMMON = load("/security/common-passwords.txt");

    private PasswordPolicy() {}

    /** The message key of the first rule {@code password} breaks, if any. */
    public static Optional<String> problem(String password, String username) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.containsUsername");
        }
        if (password.chars().allMatch(Character::isLetter) || password.chars().allMatch(Character::isDigit)) {
            return Optional.of("password.needsMix");
        }
        if (isCommon(password)) {
            return Optional.of("password.common");
        }
        return Optional.empty();
    }

    /**
     * A password from the list, or one of its words with digits or symbols around it (Password2024!), or with the
     * usual letter swaps (p@ssw0rd).
     */
    static boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return true;
        }
        String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        String unswapped = unswap(lower).replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        return (core.length() >= 4 && COMMON.contains(core)) || (unswapped.length() >= 4 && COMMON.contains(unswapped));
    }

    private static String unswap(String s) {
        return s.replace('@', 'a')
                .replace('4', 'a')
                .replace('0', 'o')
                .replace('3', 'e')
                .replace('$', 's')
                .replace('5', 's')
                .replace('1', 'i')
                .replace('!', 'i')
                .replace('7', 't');
    }

    private static Set<String> load(String resource) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
