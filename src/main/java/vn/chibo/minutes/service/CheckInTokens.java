package vn.chibo.minutes.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The code in the room's QR: HMAC-SHA256 of the meeting and the current 30-second slot under the server's secret, so
 * a photo of the code sent home stops working within a minute (the current and the previous slot are accepted: a
 * phone scanning as the code changes is not refused). Package-private: only {@link CheckInService}, which checks who
 * asks, hands a code out.
 *
 * <p>The secret is one row in the database, made by the first node that needs it, so every node signs and checks
 * the same codes (docs/deployment.md, two nodes).
 */
@Component
class CheckInTokens {

    /** How long one code is shown before the next. */
    static final int SLOT_SECONDS = 30;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private volatile byte @Nullable [] secret;

    CheckInTokens(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The slot the clock is in now. */
    long slot() {
        return Math.floorDiv(clock.instant().getEpochSecond(), SLOT_SECONDS);
    }

    /** The code to show now. */
    String current(long meetingId) {
        return token(meetingId, slot());
    }

    /** Whether the code was shown in this slot or the previous one. */
    boolean isValid(long meetingId, String token) {
        byte[] given = token.getBytes(StandardCharsets.US_ASCII);
        long now = slot();
        return MessageDigest.isEqual(given, token(meetingId, now).getBytes(StandardCharsets.US_ASCII))
                || MessageDigest.isEqual(given, token(meetingId, now - 1).getBytes(StandardCharsets.US_ASCII));
    }

    String token(long meetingId, long slot) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            byte[] sum = mac.doFinal((meetingId + ":" + slot).getBytes(StandardCharsets.US_ASCII));
            // 96 bits: short enough for a small QR, far too many to guess in a minute
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(sum, 12));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private byte[] secret() {
        byte[] s = secret;
        if (s == null) {
            synchronized (this) {
                s = secret;
                if (s == null) {
                    s = Base64.getDecoder().decode(loadOrMake());
                    secret = s;
                }
            }
        }
        return s;
    }

    /** In a transaction of its own: the caller's may be read-only, and a lost race must not spoil it. */
    private String loadOrMake() {
        List<String> found = read();
        if (!found.isEmpty()) {
            return found.getFirst();
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        try {
            ownTransaction.executeWithoutResult(s -> jdbc.update(
                    "insert into check_in_secret (id, secret) values (1, ?)",
                    Base64.getEncoder().encodeToString(fresh)));
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            // theirs is read below
        }
        return read().getFirst();
    }

    private List<String> read() {
        return ownTransaction.execute(
                s -> jdbc.queryForList("select secret from check_in_secret where id = 1", String.class));
    }
}
