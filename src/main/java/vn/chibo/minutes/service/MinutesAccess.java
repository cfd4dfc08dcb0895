package vn.chibo.minutes.service;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.meeting.service.MeetingAccess;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.domain.CommendationRepository;
import vn.chibo.minutes.domain.MeetingRecordRepository;
import vn.chibo.organization.service.AccessPolicy;
import vn.chibo.security.service.CurrentUser;

/**
 * {@code @minutesAccess}: the evaluation of a presenter is seen by the presenter, the chair and those who
 * manage the cell — not by every member, not by the committee.
 */
@Component("minutesAccess")
@Transactional(readOnly = true)
public class MinutesAccess {

    private final MeetingAccess meetingAccess;
    private final ScheduleService schedule;
    private final MeetingRecordRepository records;
    private final CurrentUser currentUser;
    private final CommendationRepository commendations;
    private final AccessPolicy access;

    MinutesAccess(
            MeetingAccess meetingAccess,
            ScheduleService schedule,
            MeetingRecordRepository records,
            CurrentUser currentUser,
            CommendationRepository commendations,
            AccessPolicy access) {
        this.commendations = commendations;
        this.access = access;
        this.meetingAccess = meetingAccess;
        this.schedule = schedule;
        this.records = records;
        this.currentUser = currentUser;
    }

    /** A commendation is as public as its cell's roll of honour. */
    public boolean canReadCommendation(@Nullable Long commendationId) {
        return commendationId != null
                && commendations
                        .findById(commendationId)
                        .map(c -> access.canReadCell(c.getCellId()))
                        .orElse(false);
    }

    /** Issuing a commendation's paper is the cell's secretaries' work. */
    public boolean canIssueCommendation(@Nullable Long commendationId) {
        return commendationId != null
                && commendations
                        .findById(commendationId)
                        .map(c -> access.canManageCell(c.getCellId()))
                        .orElse(false);
    }

    public boolean canSeeEvaluation(@Nullable Long meetingId) {
        if (meetingId == null || !meetingAccess.canRead(meetingId)) {
            return false;
        }
        if (meetingAccess.canManage(meetingId)) {
            return true;
        }
        Long me = currentUser.get().map(u -> u.memberId()).orElse(null);
        if (me == null) {
            return false;
        }
        MeetingRow m = schedule.get(meetingId);
        Long chair = records.findByMeetingId(meetingId)
                .map(r -> r.getChairMemberId())
                .orElse(null);
        return me.equals(m.presenterId()) || me.equals(chair);
    }
}
