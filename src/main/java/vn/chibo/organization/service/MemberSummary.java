package vn.chibo.organization.service;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chibo.organization.domain.Member;
import vn.chibo.organization.domain.MemberStatus;
import vn.chibo.organization.domain.Position;

/** A member as other features need them: who, which status, what strengths, how to reach them. */
public record MemberSummary(
        long id,
        String fullName,
        MemberStatus status,
        Position position,
        List<String> strengths,
        @Nullable String email,
        boolean active,
        @Nullable LocalDate admittedOn) {

    public static MemberSummary of(Member m) {
        return new MemberSummary(
                m.requireId(),
                m.getFullName(),
                m.getStatus(),
                m.getPosition(),
                m.getStrengths(),
                m.getEmail(),
                m.isActive(),
                m.getAdmissionDate());
    }

    public boolean isProbationary() {
        return status == MemberStatus.DU_BI;
    }
}
