package vn.chibo.meeting.service;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.meeting.domain.MeetingRepository;
import vn.chibo.organization.service.AccessPolicy;

/** Meetings are read by whoever may read their cell and changed by those who manage it ({@code @meetingAccess}). */
@Component("meetingAccess")
@Transactional(readOnly = true)
public class MeetingAccess {

    private final AccessPolicy access;
    private final MeetingRepository meetings;

    MeetingAccess(AccessPolicy access, MeetingRepository meetings) {
        this.access = access;
        this.meetings = meetings;
    }

    public boolean canRead(@Nullable Long meetingId) {
        return meetingId != null && access.canReadCell(meetings.findCellIdOf(meetingId));
    }

    public boolean canManage(@Nullable Long meetingId) {
        return meetingId != null && access.canManageCell(meetings.findCellIdOf(meetingId));
    }
}
