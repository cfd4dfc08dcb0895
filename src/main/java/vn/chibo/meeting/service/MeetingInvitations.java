package vn.chibo.meeting.service;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.i18n.Translations;
import vn.chibo.meeting.domain.MeetingType;

/**
 * A meeting as a calendar invitation for an e-mail (METHOD:REQUEST): the event has the UID of the member's feed
 * ({@code meeting-{id}@chibo}), so the calendar updates the meeting it already has, and the SEQUENCE of the sending,
 * so that a resend replaces the earlier one.
 */
@Service
@Transactional(readOnly = true)
public class MeetingInvitations {

    private final ScheduleService schedule;
    private final Translations text;
    private final Clock clock;
    private final String organizer;

    MeetingInvitations(
            ScheduleService schedule,
            Translations text,
            Clock clock,
            @Value("${chibo.mail.from:chibo@localhost}") String organizer) {
        this.schedule = schedule;
        this.text = text;
        this.clock = clock;
        this.organizer = organizer;
    }

    /** The .ics text; {@code summaryPrefix} (e.g. "Thông báo thay đổi") goes before the meeting's name. */
    @PreAuthorize("@meetingAccess.canRead(#meetingId)")
    public String invitation(long meetingId, int sequence, String summaryPrefix, String description) {
        MeetingRow m = schedule.get(meetingId);
        String name = m.type() == MeetingType.THEMATIC
                ? text.vi("calendar.thematicLabel", m.title())
                : text.vi("calendar.regularLabel");
        return new IcsWriter(name, clock.getZone(), clock.instant(), "REQUEST")
                .invitation(
                        uid(meetingId),
                        sequence,
                        organizer,
                        m.scheduledAt(),
                        m.endsAt(),
                        summaryPrefix.isBlank() ? name : summaryPrefix + ": " + name,
                        m.place(),
                        description)
                .finish();
    }

    /** The event's UID, the same in the member's feed. */
    static String uid(long meetingId) {
        return "meeting-" + meetingId + "@chibo";
    }
}
