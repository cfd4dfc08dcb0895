package vn.chibo.minutes.service;

import java.time.Instant;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * What the product itself knows about how a meeting went — the part of its quality it can score without the
 * cell's judgement.
 *
 * @param votingBase the full members who count for a vote (294-QĐ/TW point 9.3.2)
 * @param fullPresent the full members present who count in that base
 * @param present everyone present, probationary members included
 * @param lastedMinutes from the minutes' opening to closing time, or null before both are written
 * @param leastMinutes what the meeting should last: 90, or 120 when a regular and a thematic meeting share it
 * @param speakers the members with an opinion in the minutes
 * @param minutesAdopted whether more than half of the base adopted the minutes (null before the vote)
 * @param materialsReadyAt when the materials were ready for the members: a thematic meeting's draft approved
 */
public record MeetingFacts(
        long meetingId,
        LocalDateTime scheduledAt,
        int votingBase,
        int fullPresent,
        int present,
        int expected,
        @Nullable Integer lastedMinutes,
        int leastMinutes,
        int speakers,
        @Nullable Instant notifiedAt,
        @Nullable Boolean minutesAdopted,
        @Nullable Instant materialsReadyAt) {}
