package vn.chibo.minutes.service;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.service.AuditService;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.live.LiveEvents;
import vn.chibo.base.text.Vietnamese;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.service.MeetingAccess;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.domain.Attendance;
import vn.chibo.minutes.domain.AttendanceRepository;
import vn.chibo.minutes.domain.MeetingRecord;
import vn.chibo.minutes.domain.MeetingRecordRepository;
import vn.chibo.security.service.CurrentUser;

/**
 * Members check in to a running meeting from their phones — with a button, or by scanning the QR code on the
 * secretary's or the room's screen. A check-in makes the member present, marked as their own word with its time,
 * until the secretary confirms or corrects it with the ordinary roll-call answer ({@link MinutesService#answer}).
 * Only a member on the meeting's roll-call checks in, and only while the meeting is in progress; every check-in
 * tells the meeting's live pages ({@link LiveEvents}).
 */
@Service
@Transactional
public class CheckInService {

    private final ScheduleService schedule;
    private final MeetingRecordRepository records;
    private final AttendanceRepository attendance;
    private final MeetingAccess meetingAccess;
    private final CurrentUser currentUser;
    private final CheckInTokens tokens;
    private final AuditService audit;
    private final LiveEvents live;
    private final Clock clock;
    private final int quorumPercent;

    CheckInService(
            ScheduleService schedule,
            MeetingRecordRepository records,
            AttendanceRepository attendance,
            MeetingAccess meetingAccess,
            CurrentUser currentUser,
            CheckInTokens tokens,
            AuditService audit,
            LiveEvents live,
            Clock clock,
            @Value("${chibo.meetings.quorum-percent:50}") int quorumPercent) {
        this.schedule = schedule;
        this.records = records;
        this.attendance = attendance;
        this.meetingAccess = meetingAccess;
        this.currentUser = currentUser;
        this.tokens = tokens;
        this.audit = audit;
        this.live = live;
        this.clock = clock;
        this.quorumPercent = quorumPercent;
    }

    /** The meeting's live state as the reader may see it; read again after every change. */
    @PreAuthorize("@meetingAccess.canRead(#meetingId)")
    @Transactional(readOnly = true)
    public LiveRollCall state(long meetingId) {
        RollCall shared = live.shared(meetingId, "roll-call", () -> rollCall(meetingId));
        Long me = currentUser.memberId();
        boolean manages = meetingAccess.canManage(meetingId);
        return new LiveRollCall(
                shared.meeting(),
                manages,
                shared.counts().present(),
                shared.counts().expected(),
                me == null
                        ? null
                        : shared.people().stream()
                                .filter(a -> a.memberId() == me)
                                .findFirst()
                                .orElse(null),
                manages ? shared.people() : List.of());
    }

    /** The roll-call as every page of the meeting shows it, whoever reads. */
    private record RollCall(MeetingRow meeting, List<LiveRollCall.Attendee> people, Counts counts) {}

    private RollCall rollCall(long meetingId) {
        MeetingRow m = schedule.get(meetingId);
        List<Attendance> list = records.findByMeetingId(meetingId)
                .map(MeetingRecord::getAttendance)
                .orElse(List.of());
        List<LiveRollCall.Attendee> people = list.stream()
                .map(CheckInService::attendee)
                .sorted(Comparator.comparing(a -> Vietnamese.nameSortKey(a.name())))
                .toList();
        Counts counts = Counts.of(
                people.stream()
                        .map(a -> new MeetingSheet.Attendee(
                                a.memberId(), a.name(), a.fullMember(), a.exempted(), a.status(), null, a.version()))
                        .toList(),
                quorumPercent);
        return new RollCall(m, people, counts);
    }

    /** The logged-in member checks in with the button. */
    @PreAuthorize("@meetingAccess.canRead(#meetingId)")
    public LiveRollCall checkIn(long meetingId) {
        return checkIn(meetingId, false);
    }

    /**
     * The logged-in member checks in with the code of the room's QR, shown now or in the previous 30 seconds. The code
     * proves being in the room, not belonging: the member must still be on this meeting's roll-call.
     */
    @PreAuthorize("@meetingAccess.canRead(#meetingId)")
    public LiveRollCall checkInByQr(long meetingId, String token) {
        if (!tokens.isValid(meetingId, token.strip())) {
            throw new BusinessException("checkIn.error.qrExpired");
        }
        return checkIn(meetingId, true);
    }

    /** The code for the QR shown now by the secretary's and the room's screens; it changes every 30 seconds. */
    @PreAuthorize("@meetingAccess.canManage(#meetingId)")
    @Transactional(readOnly = true)
    public String qrToken(long meetingId) {
        return tokens.current(meetingId);
    }

    /** The 30-second slot the codes are in now: a screen draws a new QR when it changes. */
    @PreAuthorize("isAuthenticated()")
    public long qrSlot() {
        return tokens.slot();
    }

    private LiveRollCall checkIn(long meetingId, boolean byQr) {
        MeetingRow m = schedule.get(meetingId);
        if (m.status() == MeetingStatus.LOCKED) {
            throw new BusinessException("minutes.error.locked");
        }
        if (m.status() == MeetingStatus.HELD) {
            throw new BusinessException("checkIn.error.over");
        }
        if (m.status() != MeetingStatus.IN_PROGRESS) {
            throw new BusinessException("checkIn.error.notOpen");
        }
        MeetingRecord r =
                records.findByMeetingId(meetingId).orElseThrow(() -> new BusinessException("checkIn.error.notOpen"));
        r.requireUnlocked();
        Long me = currentUser.memberId();
        Attendance a = r.getAttendance().stream()
                .filter(x -> me != null && x.getMemberId() == me)
                .findFirst()
                .orElseThrow(() -> new BusinessException("checkIn.error.notOnList"));
        a.checkIn(clock.instant(), byQr);
        // the roll-call row alone, as the secretary's answers: the minutes being typed keep their version
        attendance.saveAndFlush(a);
        audit.record("CHECK_IN", "Attendance", a.getId(), r.getCellId(), a.getMemberName() + (byQr ? " (QR)" : ""));
        live.changed(meetingId);
        return state(meetingId);
    }

    private static LiveRollCall.Attendee attendee(Attendance a) {
        return new LiveRollCall.Attendee(
                a.getMemberId(),
                a.getMemberName(),
                a.isFullMember(),
                a.isExempted(),
                a.getStatus(),
                a.getCheckedInAt(),
                a.isCheckedInByQr(),
                a.isCheckInConfirmed(),
                a.getVersion());
    }
}
