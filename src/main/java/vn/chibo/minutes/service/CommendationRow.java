package vn.chibo.minutes.service;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.chibo.minutes.domain.Commendation;
import vn.chibo.minutes.domain.CommendationKind;

/** A commendation as lists show it. */
public record CommendationRow(
        long id,
        long memberId,
        String memberName,
        CommendationKind kind,
        String reason,
        LocalDate awardedOn,
        @Nullable Long recordId) {

    static CommendationRow of(Commendation c) {
        return new CommendationRow(
                c.getId() == null ? 0 : c.getId(),
                c.getMemberId(),
                c.getMemberName(),
                c.getKind(),
                c.getReason(),
                c.getAwardedOn(),
                c.getRecordId());
    }
}
