package vn.chibo.meeting.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.meeting.domain.MeetingRepository;
import vn.chibo.organization.service.AccessPolicy;

/** Meetings are read by whoever may read their cell and changed by those who manage it ({@code @meetingAccess}). */
@Component("meetingAccess")
@Transactional(readOnly = true)
public class MeetingAccess {

    /**
     * A meeting's cell, remembered: it is set when the meeting is created and never changes (meetings are not
     * moved or deleted), and one page asks it many times (every service call states its rule). Bounded, least
     * recently used first out.
     */
    private final Map<Long, Long> cellOfMeeting = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Long> eldest) {
            return size() > 20_000;
        }
    });

    private final AccessPolicy access;
    private final MeetingRepository meetings;

    MeetingAccess(AccessPolicy access, MeetingRepository meetings) {
        this.access = access;
        this.meetings = meetings;
    }

    public boolean canRead(@Nullable Long meetingId) {
        return meetingId != null && access.canReadCell(cellOf(meetingId));
    }

    public boolean canManage(@Nullable Long meetingId) {
        return meetingId != null && access.canManageCell(cellOf(meetingId));
    }

    private @Nullable Long cellOf(long meetingId) {
        Long cell = cellOfMeeting.get(meetingId);
        if (cell == null) {
            cell = meetings.findCellIdOf(meetingId);
            if (cell != null) {
                cellOfMeeting.put(meetingId, cell);
            }
        }
        return cell;
    }
}
