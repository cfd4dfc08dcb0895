package vn.chibo.minutes.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.service.AuditService;
import vn.chibo.base.VietnamClock;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.domain.ConcurrentEditException;
import vn.chibo.base.domain.NotFoundException;
import vn.chibo.base.i18n.Message;
import vn.chibo.base.i18n.Translations;
import vn.chibo.base.text.Vietnamese;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.domain.MeetingRecord;
import vn.chibo.minutes.domain.MeetingRecordRepository;
import vn.chibo.minutes.domain.MeetingTask;
import vn.chibo.minutes.domain.MeetingTaskRepository;
import vn.chibo.notification.service.NotificationService;
import vn.chibo.organization.service.MemberService;
import vn.chibo.organization.service.MemberSummary;
import vn.chibo.security.service.CurrentUser;

/**
 * Tasks assigned to members with deadlines at the close of a meeting, and the next regular meeting's review of
 * them (42-HD/BTCTW). The list belongs to the minutes: it is frozen when they are locked.
 */
@Service
@Transactional
public class MeetingTaskService {

    static final int MAX_TEXT = 1000;
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MeetingTaskRepository tasks;
    private final MeetingRecordRepository records;
    private final ScheduleService schedule;
    private final MemberService members;
    private final NotificationService notifications;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Translations text;
    private final Clock clock;

    MeetingTaskService(
            MeetingTaskRepository tasks,
            MeetingRecordRepository records,
            ScheduleService schedule,
            MemberService members,
            NotificationService notifications,
            AuditService audit,
            CurrentUser currentUser,
            Translations text,
            Clock clock) {
        this.tasks = tasks;
        this.records = records;
        this.schedule = schedule;
        this.members = members;
        this.notifications = notifications;
        this.audit = audit;
        this.currentUser = currentUser;
        this.text = text;
        this.clock = clock;
    }

    /** The tasks given at a meeting, by deadline, as they stand now. */
    @PreAuthorize("@meetingAccess.canRead(#meetingId)")
    @Transactional(readOnly = true)
    public List<MeetingTaskRow> ofMeeting(long meetingId) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        return tasks.findByMeetingIdOrderByDueOnAscIdAsc(meetingId).stream()
                .map(t -> MeetingTaskRow.of(t, now, today))
                .toList();
    }

    /**
     * Gives a task to a member of the cell — any member: one absent from the meeting is told afterwards (and is
     * notified now) — with a deadline not before the meeting day.
     */
    @PreAuthorize("@meetingAccess.canManage(#meetingId)")
    public MeetingTaskRow add(long meetingId, long memberId, String description, @Nullable LocalDate dueOn) {
        MeetingRow m = schedule.get(meetingId);
        MeetingRecord r = openRecord(m);
        MeetingTask t = new MeetingTask(
                r, m.scheduledAt().toLocalDate(), currentUser.require().displayName(), clock.instant());
        assign(t, m, memberId, description, dueOn);
        tasks.saveAndFlush(t);
        notifications.notify(
                memberId,
                Message.of("task.notify"),
                Message.of("task.notifyBody", t.getDescription(), DAY.format(t.getDueOn())),
                "tasks");
        audit.record(
                "TASK_ASSIGNED", "MeetingTask", t.getId(), m.cellId(), t.getMemberName() + ": " + t.getDescription());
        return MeetingTaskRow.of(t, clock.instant(), LocalDate.now(clock));
    }

    /** Changes who does what by when, while the minutes are open; a stale form is refused. */
    @PreAuthorize("@meetingAccess.canManage(#meetingId)")
    public MeetingTaskRow edit(
            long meetingId,
            long taskId,
            long expectedVersion,
            long memberId,
            String description,
            @Nullable LocalDate dueOn) {
        MeetingRow m = schedule.get(meetingId);
        openRecord(m);
        MeetingTask t = current(meetingId, taskId, expectedVersion);
        assign(t, m, memberId, description, dueOn);
        tasks.saveAndFlush(t);
        audit.record(
                "TASK_CHANGED", "MeetingTask", t.getId(), m.cellId(), t.getMemberName() + ": " + t.getDescription());
        return MeetingTaskRow.of(t, clock.instant(), LocalDate.now(clock));
    }

    /** Takes a task off the list, while the minutes are open. */
    @PreAuthorize("@meetingAccess.canManage(#meetingId)")
    public void remove(long meetingId, long taskId, long expectedVersion) {
        MeetingRow m = schedule.get(meetingId);
        openRecord(m);
        MeetingTask t = current(meetingId, taskId, expectedVersion);
        tasks.delete(t);
        audit.record(
                "TASK_REMOVED", "MeetingTask", t.getId(), m.cellId(), t.getMemberName() + ": " + t.getDescription());
    }

    /**
     * The member (or the secretary for them) reports the task done, with a short result: what the next meeting
     * hears. Allowed after the lock too — the result comes after the meeting by nature.
     */
    @PreAuthorize("@meetingTaskAccess.canMarkDone(#taskId)")
    public MeetingTaskRow markDone(long taskId, long expectedVersion, String result) {
        MeetingTask t = tasks.findById(taskId).orElseThrow(() -> new NotFoundException("MeetingTask", taskId));
        if (t.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        if (t.isDone()) {
            throw new BusinessException("task.error.alreadyDone");
        }
        String note = Vietnamese.clean(result);
        if (note.isEmpty()) {
            throw new BusinessException("task.error.result");
        }
        if (note.length() > MAX_TEXT) {
            throw new BusinessException("error.tooLong", MAX_TEXT);
        }
        t.done(currentUser.require().displayName(), clock.instant(), note);
        tasks.saveAndFlush(t);
        audit.record("TASK_DONE", "MeetingTask", t.getId(), t.getCellId(), t.getMemberName() + ": " + note);
        return MeetingTaskRow.of(t, clock.instant(), LocalDate.now(clock));
    }

    /** The signed-in member's open tasks, by deadline; late ones are marked. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MeetingTaskRow> mine() {
        Long me = currentUser.get().map(u -> u.memberId()).orElse(null);
        if (me == null) {
            return List.of();
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        return tasks.findByMemberIdAndDoneAtIsNullOrderByDueOnAscIdAsc(me).stream()
                .map(t -> MeetingTaskRow.of(t, now, today))
                .toList();
    }

    /**
     * What a regular meeting reviews: the tasks of earlier meetings still open at the previous regular meeting or
     * due since it, each as it stood at this meeting's time — so the review in locked minutes never changes.
     * Empty for a thematic meeting (the monthly meeting reviews the month).
     */
    @PreAuthorize("@meetingAccess.canRead(#meetingId)")
    @Transactional(readOnly = true)
    public List<MeetingTaskRow> review(long meetingId) {
        MeetingRow m = schedule.get(meetingId);
        if (m.type() != MeetingType.REGULAR) {
            return List.of();
        }
        LocalDate day = m.scheduledAt().toLocalDate();
        Instant at = records.findByMeetingId(meetingId)
                .map(MeetingRecord::getOpenedAt)
                .orElse(m.scheduledAt())
                .atZone(VietnamClock.VIETNAM)
                .toInstant();
        MeetingRow previous = schedule.between(m.cellId(), day.minusYears(1), day).stream()
                .filter(p -> p.type() == MeetingType.REGULAR && p.status() != MeetingStatus.CANCELLED)
                .reduce((a, b) -> b)
                .orElse(null);
        LocalDate since =
                previous == null ? day.minusMonths(1) : previous.scheduledAt().toLocalDate();
        Instant sinceAt = (previous == null ? since.atStartOfDay() : previous.scheduledAt())
                .atZone(VietnamClock.VIETNAM)
                .toInstant();
        return tasks.toReview(m.cellId(), day, sinceAt, since).stream()
                .map(t -> MeetingTaskRow.of(t, at, day))
                .toList();
    }

    private void assign(MeetingTask t, MeetingRow m, long memberId, String description, @Nullable LocalDate dueOn) {
        String what = Vietnamese.clean(description);
        if (what.isEmpty()) {
            throw new BusinessException("task.error.description");
        }
        if (what.length() > MAX_TEXT) {
            throw new BusinessException("error.tooLong", MAX_TEXT);
        }
        LocalDate day = m.scheduledAt().toLocalDate();
        if (dueOn == null) {
            throw new BusinessException("task.error.due");
        }
        if (dueOn.isBefore(day)) {
            throw new BusinessException("task.error.dueBeforeMeeting", DAY.format(dueOn), DAY.format(day));
        }
        MemberSummary member = members.summaries(m.cellId()).stream()
                .filter(s -> s.id() == memberId)
                .findFirst()
                .orElseThrow(() -> new BusinessException("minutes.error.notOnList"));
        t.assign(memberId, member.fullName(), what, dueOn);
    }

    /** The record of a meeting under way or held whose minutes are not locked: the only time its tasks change. */
    private MeetingRecord openRecord(MeetingRow m) {
        MeetingRecord r = records.findByMeetingId(m.id()).orElse(null);
        if (m.status() == MeetingStatus.LOCKED || r != null && r.isLocked()) {
            throw new BusinessException("task.error.locked");
        }
        if (r == null || m.status() != MeetingStatus.IN_PROGRESS && m.status() != MeetingStatus.HELD) {
            throw new BusinessException("minutes.error.notStarted");
        }
        return r;
    }

    private MeetingTask current(long meetingId, long taskId, long expectedVersion) {
        MeetingTask t = tasks.findById(taskId)
                .filter(x -> x.getMeetingId() == meetingId)
                .orElseThrow(() -> new NotFoundException("MeetingTask", taskId));
        if (t.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        return t;
    }
}
