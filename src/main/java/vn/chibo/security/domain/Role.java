package vn.chibo.security.domain;

import java.util.List;

/**
 * What an account may do. A secretary is also a member of their cell, so SECRETARY carries the
 * MEMBER authority as well.
 */
public enum Role {
    /** Runs the system: every organisation, every account. */
    ADMIN,
    /** A đảng bộ's committee: reads every cell under it, manages its tree and accounts. */
    COMMITTEE,
    /** Bí thư / phó bí thư of one cell: manages that cell. */
    SECRETARY,
    /** A party member: their own cell only. */
    MEMBER;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String COMMITTEE_NAME = "COMMITTEE";
    public static final String SECRETARY_NAME = "SECRETARY";
    public static final String MEMBER_NAME = "MEMBER";

    public List<String> authorities() {
        return switch (this) {
            case SECRETARY -> List.of("ROLE_SECRETARY", "ROLE_MEMBER");
            default -> List.of("ROLE_" + name());
        };
    }

    /** Whether the account belongs to exactly one cell (and so to one member's cell). */
    public boolean isCellBound() {
        return this == SECRETARY || this == MEMBER;
    }
}
