package vn.chibo.minutes.service;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chibo.minutes.domain.QualityFact;

/**
 * A quality frame as the screens show it.
 *
 * @param organizationId the committee that owns it, or null for the default frame
 * @param version the optimistic-lock version to send back; -1 when the committee has no own copy yet
 */
public record QualityFrameRow(
        @Nullable Long organizationId,
        long version,
        List<Criterion> criteria,
        @Nullable String savedBy,
        @Nullable Instant savedAt) {

    /** One criterion. */
    public record Criterion(
            String code,
            String label,
            int maxPoints,
            @Nullable QualityFact autoKey,
            boolean requiredForGood) {}

    public boolean isDefault() {
        return organizationId == null;
    }

    public int total() {
        return criteria.stream().mapToInt(Criterion::maxPoints).sum();
    }
}
