package vn.chibo.plan.service;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chibo.plan.domain.RotationEngine;

/**
 * The rotation's proposal for one topic, ready to show: who, the mentor, the reasons in words (message
 * keys), and the next best candidates.
 */
public record ProposalRow(
        long topicId,
        long topicVersion,
        String topicTitle,
        int month,
        @Nullable Long presenterId,
        @Nullable String presenterName,
        @Nullable Long mentorId,
        @Nullable String mentorName,
        List<RotationEngine.Reason> reasons,
        List<RotationEngine.Ranked> ranking) {

    /** The eligible candidates after the proposed one, best first. */
    public List<RotationEngine.Ranked> alternatives(int max) {
        return ranking.stream()
                .filter(RotationEngine.Ranked::eligible)
                .filter(r -> presenterId == null || r.memberId() != presenterId)
                .limit(max)
                .toList();
    }
}
