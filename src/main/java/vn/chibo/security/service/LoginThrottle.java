package vn.chibo.security.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing down without letting an outsider lock anybody out. Wrong passwords are counted per
 * account <em>and</em> address: {@code chibo.security.max-failed-logins} of them within
 * {@code chibo.security.lock-minutes} make that address wait that long before it may try that account again;
 * the account itself stays open to every other address (its owner's). An address that fails
 * {@code chibo.security.max-failed-logins-per-address} times, whatever the names, waits as well (guessing one
 * password for many accounts). Names that do not exist are counted exactly like those that do, so the answers
 * never tell which accounts exist. The current-password check of the change-password page has a count of its
 * own per account (only someone in the account's session can use it).
 *
 * <p>Kept in memory: on several nodes each node counts its own share, which multiplies the allowance by the
 * number of nodes (documented in docs/security.md).
 */
@Component
public class LoginThrottle {

    /** Entries kept before the expired ones are swept out. */
    private static final int SWEEP_ABOVE = 10_000;

    private final Clock clock;
    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration wait;
    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final AtomicInteger inserts = new AtomicInteger();

    LoginThrottle(
            Clock clock,
            @Value("${chibo.security.max-failed-logins:5}") int maxPerAccount,
            @Value("${chibo.security.max-failed-logins-per-address:20}") int maxPerAddress,
            @Value("${chibo.security.lock-minutes:15}") int waitMinutes) {
        this.clock = clock;
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.wait = Duration.ofMinutes(waitMinutes);
    }

    /** Whether a log-in to {@code username} from {@code address} must wait (and is refused unchecked). */
    public boolean mustWait(String username, String address) {
        return waiting(pair(username, address)) || waiting("address\n" + address);
    }

    /** Counts a wrong password; returns true when this one made the address wait. */
    public boolean failed(String username, String address) {
        boolean pair = count(pair(username, address), maxPerAccount);
        boolean all = count("address\n" + address, maxPerAddress);
        return pair || all;
    }

    public void succeeded(String username, String address) {
        failures.remove(pair(username, address));
    }

    /** Whether the change-password page must refuse to check {@code accountId}'s current password for now. */
    public boolean currentPasswordMustWait(long accountId) {
        return waiting("current-password\n" + accountId);
    }

    /** Counts a wrong current password; returns true when this one made the account's page wait. */
    public boolean currentPasswordFailed(long accountId) {
        return count("current-password\n" + accountId, maxPerAccount);
    }

    public void currentPasswordSucceeded(long accountId) {
        failures.remove("current-password\n" + accountId);
    }

    public int waitMinutes() {
        return (int) wait.toMinutes();
    }

    private boolean waiting(String key) {
        Failures f = failures.get(key);
        return f != null && f.waitsAt(clock.instant());
    }

    private boolean count(String key, int max) {
        Instant now = clock.instant();
        boolean[] started = new boolean[1];
        failures.compute(key, (k, f) -> {
            Failures current = f == null || f.expiredAt(now) ? new Failures(now) : f;
            current.count++;
            if (current.count >= max && current.waitUntil == null) {
                current.waitUntil = now.plus(wait);
                started[0] = true;
            }
            return current;
        });
        if (inserts.incrementAndGet() % 1000 == 0 && failures.size() > SWEEP_ABOVE) {
            failures.values().removeIf(f -> f.expiredAt(now));
        }
        return started[0];
    }

    private static String pair(String username, String address) {
        String name = username.strip().toLowerCase(Locale.ROOT);
        return "account\n" + (name.length() <= 64 ? name : name.substring(0, 64)) + "\n" + address;
    }

    /** Failures since {@code since}; after the window (or the wait) they are forgotten. */
    private final class Failures {
        final Instant since;
        int count;
        Instant waitUntil;

        Failures(Instant since) {
            this.since = since;
        }

        boolean waitsAt(Instant now) {
            return waitUntil != null && now.isBefore(waitUntil);
        }

        boolean expiredAt(Instant now) {
            return waitUntil != null ? !now.isBefore(waitUntil) : !now.isBefore(since.plus(wait));
        }
    }
}
