package vn.chibo.organization.service;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A period in which a member is not available: exempted from meetings, or on leave. */
public record Absence(
        long memberId, Kind kind, LocalDate from, @Nullable LocalDate to, String reason) {

    public enum Kind {
        EXEMPTION,
        LEAVE
    }

    public boolean overlaps(LocalDate start, LocalDate end) {
        return !from.isAfter(end) && (to == null || !to.isBefore(start));
    }
}
