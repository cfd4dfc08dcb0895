package vn.chibo.organization.service;

import org.jspecify.annotations.Nullable;
import vn.chibo.organization.domain.MemberStatus;
import vn.chibo.organization.domain.Position;

/**
 * What the members grid is filtered by; {@code null} means "any".
 *
 * @param text part of the name (accents optional), phone or e-mail
 * @param active {@code true} current members, {@code false} those who left, {@code null} both
 */
public record MemberFilter(
        @Nullable String text,
        @Nullable MemberStatus status,
        @Nullable Position position,
        @Nullable Boolean active) {

    public static MemberFilter activeOnly() {
        return new MemberFilter(null, null, null, true);
    }
}
