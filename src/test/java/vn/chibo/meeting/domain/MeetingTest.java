package vn.chibo.meeting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.organization.domain.OrganizationKind;
import vn.chibo.organization.domain.PartyOrganization;

/** A meeting's steps (planned → in progress → held → locked) and what can no longer be moved, no Spring. */
class MeetingTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 3, 5, 16, 30);

    private static Meeting meeting() {
        return new Meeting(
                new PartyOrganization(null, OrganizationKind.CHI_BO, "Chi bộ 1", null),
                MeetingType.REGULAR,
                AT,
                90,
                null);
    }

    private static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run)
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey())
                .isEqualTo(key);
    }

    @Test
    void aStepIsTakenOnlyFromTheStatesGiven() {
        Meeting m = meeting();
        m.advance(Set.of(MeetingStatus.PLANNED, MeetingStatus.POSTPONED), MeetingStatus.IN_PROGRESS);
        assertThat(m.getStatus()).isEqualTo(MeetingStatus.IN_PROGRESS);
        refused(() -> m.advance(Set.of(MeetingStatus.HELD), MeetingStatus.LOCKED), "meeting.error.wrongState");
        assertThat(m.getStatus()).isEqualTo(MeetingStatus.IN_PROGRESS);
        m.advance(Set.of(MeetingStatus.IN_PROGRESS), MeetingStatus.HELD);
        m.advance(Set.of(MeetingStatus.HELD), MeetingStatus.LOCKED);
        assertThat(m.getStatus()).isEqualTo(MeetingStatus.LOCKED);
    }

    @Test
    void onlyAMeetingStillToBeHeldIsMovedPostponedOrCancelled() {
        Meeting m = meeting();
        m.postpone(AT.plusDays(7), "mưa bão");
        assertThat(m.getStatus()).isEqualTo(MeetingStatus.POSTPONED);
        m.reschedule(AT.plusDays(8), 120, "Hội trường");
        m.advance(Set.of(MeetingStatus.POSTPONED), MeetingStatus.IN_PROGRESS);
        refused(() -> m.reschedule(AT, 90, null), "calendar.error.notUpcoming");
        refused(() -> m.postpone(AT, "lý do"), "calendar.error.notUpcoming");
        refused(() -> m.cancel("lý do"), "calendar.error.notUpcoming");
        assertThat(m.getScheduledAt()).isEqualTo(AT.plusDays(8));
    }
}
