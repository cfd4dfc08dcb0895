package vn.chibo.minutes.service;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.service.AuditService;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.domain.ConcurrentEditException;
import vn.chibo.base.i18n.Translations;
import vn.chibo.base.live.LiveEvents;
import vn.chibo.base.text.Vietnamese;
import vn.chibo.draft.service.DraftService;
import vn.chibo.draft.service.DraftState;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.MeetingAccess;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.domain.Addendum;
import vn.chibo.minutes.domain.AddendumRepository;
import vn.chibo.minutes.domain.Attendance;
import vn.chibo.minutes.domain.AttendanceRepository;
import vn.chibo.minutes.domain.AttendanceStatus;
import vn.chibo.minutes.domain.MeetingRecord;
import vn.chibo.minutes.domain.MeetingRecordRepository;
import vn.chibo.minutes.domain.Opinion;
import vn.chibo.minutes.domain.VotingBase;
import vn.chibo.organization.domain.MemberStatus;
import vn.chibo.organization.service.MemberService;
import vn.chibo.organization.service.MemberSummary;
import vn.chibo.organization.service.OrganizationService;
import vn.chibo.security.service.CurrentUser;

/**
 * Running a meeting and keeping its record: preparation, roll-call, minutes, then locking them. Locked
 * minutes never change; corrections are numbered addenda.
 */
@Service
@Transactional
public class MinutesService {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");
    /** How long before its scheduled time a meeting may be opened. */
    public static final Duration EARLY_START = Duration.ofMinutes(15);

    static final int MAX_TEXT = 20_000;
    static final int MAX_GUESTS = 1000;
    static final int MAX_SPEAKER = 255;

    private final MeetingRecordRepository records;
    private final AttendanceRepository attendance;
    private final MinutesChecks checks;
    private final AttendanceStatistics statistics;
    private final AddendumRepository addenda;
    private final ScheduleService schedule;
    private final MeetingAccess meetingAccess;
    private final MinutesAccess minutesAccess;
    private final MemberService members;
    private final OrganizationService organizations;
    private final DraftService drafts;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Translations text;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final LiveEvents live;
    private final int quorumPercent;

    MinutesService(
            MeetingRecordRepository records,
            AttendanceRepository attendance,
            MinutesChecks checks,
            AttendanceStatistics statistics,
            AddendumRepository addenda,
            ScheduleService schedule,
            MeetingAccess meetingAccess,
            MinutesAccess minutesAccess,
            MemberService members,
            OrganizationService organizations,
            DraftService drafts,
            AuditService audit,
            CurrentUser currentUser,
            Translations text,
            Clock clock,
            ApplicationEventPublisher events,
            LiveEvents live,
            @Value("${chibo.meetings.quorum-percent:50}") int quorumPercent) {
        this.events = events;
        this.live = live;
        this.records = records;
        this.attendance = attendance;
        this.checks = checks;
        this.statistics = statistics;
        this.addenda = addenda;
        this.schedule = schedule;
        this.meetingAccess = meetingAccess;
        this.minutesAccess = minutesAccess;
        this.members = members;
        this.organizations = organizations;
        this.drafts = drafts;
        this.audit = audit;
        this.currentUser = currentUser;
        this.text = text;
        this.clock = clock;
        this.quorumPercent = quorumPercent;
    }

    @PreAuthorize("@meetingAccess.canRead(#meetingId)")
    @Transactional(readOnly = true)
    public MeetingSheet sheet(long meetingId) {
        return sheet(schedule.get(meetingId));
    }

    /** The sheet of a meeting already read in this transaction (and not changed since): it is not read again. */
    private MeetingSheet sheet(MeetingRow m) {
        long meetingId = m.id();
        MeetingRecord r = records.findByMeetingId(meetingId).orElse(null);
        List<MeetingSheet.Attendee> people = r == null || r.getAttendance().isEmpty()
                ? preview(m)
                : r.getAttendance().stream()
                        .map(a -> new MeetingSheet.Attendee(
                                a.getMemberId(),
                                a.getMemberName(),
                                a.isFullMember(),
                                a.isExempted(),
                                a.getStatus(),
                                a.getReason(),
                                a.getVersion()))
                        .sorted(Comparator.comparing(a -> Vietnamese.nameSortKey(a.name())))
                        .toList();
        List<MeetingSheet.AddendumRow> adds = r == null
                ? List.of()
                : addenda.findByRecordIdOrderByNumber(r.requireId()).stream()
                        .map(a -> new MeetingSheet.AddendumRow(
                                a.getNumber(), a.getText(), a.getCreatedBy(), a.getCreatedAt()))
                        .toList();
        DraftState draft = draftState(m);
        return new MeetingSheet(
                m,
                organizations.get(m.cellId()).name(),
                r == null ? -1 : r.getVersion(),
                r == null || r.getAgenda() == null ? defaultAgenda(m, r, draft) : r.getAgenda(),
                r == null ? null : r.getChairMemberId(),
                r == null ? null : r.getChairName(),
                r == null ? null : r.getTakerMemberId(),
                r == null ? null : r.getTakerName(),
                r == null ? null : r.getNotifiedAt(),
                people,
                Counts.of(people, quorumPercent),
                statistics.warnings(m.cellId(), m.scheduledAt().getYear()),
                r == null ? null : r.getOpenedAt(),
                r == null ? null : r.getClosedAt(),
                r == null ? null : r.getGuests(),
                r == null ? null : r.getContent(),
                r == null ? null : r.getConclusion(),
                r == null ? null : r.getResolution(),
                r == null ? votingBase(people) : r.votingBase(),
                r == null ? List.of() : VoteService.rows(r),
                r == null ? null : r.getQuality(),
                r == null ? null : r.getSavedBy(),
                r == null ? null : r.getSavedAt(),
                r == null ? null : r.getLockedBy(),
                r == null ? null : r.getLockedAt(),
                r == null
                        ? List.of()
                        : r.getOpinions().stream()
                                .map(o -> new MinutesData.OpinionData(o.getMemberId(), o.getSpeaker(), o.getText()))
                                .toList(),
                adds,
                meetingAccess.canManage(meetingId),
                minutesAccess.canSeeEvaluation(meetingId),
                r == null ? null : r.getSubstituteMemberId(),
                r == null ? null : r.getSubstituteName(),
                draft,
                r == null ? null : r.getReminders());
    }

    /** The meeting's agenda as the minutes have it: the one prepared, or the usual programme. */
    @PreAuthorize("@meetingAccess.canRead(#meetingId)")
    @Transactional(readOnly = true)
    public String agenda(long meetingId) {
        return agenda(schedule.get(meetingId));
    }

    /**
     * The agenda of a meeting already read (the live pages read it after every change of the meeting): the kept text
     * alone is read, and the minutes themselves only when a thematic meeting's default needs its presenter.
     */
    @PreAuthorize("@meetingAccess.canRead(#m.id())")
    @Transactional(readOnly = true)
    public String agenda(MeetingRow m) {
        String kept = records.findAgendaOf(m.id());
        if (kept != null) {
            return kept;
        }
        if (m.type() != MeetingType.THEMATIC) {
            return defaultAgenda(m, null, null);
        }
        return defaultAgenda(m, records.findByMeetingId(m.id()).orElse(null), draftState(m));
    }

    /** The id of the meeting's record (its minutes), for the files made of it. */
    @PreAuthorize("@meetingAccess.canRead(#meetingId)")
    @Transactional(readOnly = true)
    public long recordId(long meetingId) {
        return findRecordId(meetingId).orElseThrow(() -> new BusinessException("minutes.error.notStarted"));
    }

    /** The id of the meeting's record, if the meeting has one yet. */
    @PreAuthorize("@meetingAccess.canRead(#meetingId)")
    @Transactional(readOnly = true)
    public Optional<Long> findRecordId(long meetingId) {
        return records.findByMeetingId(meetingId).map(MeetingRecord::requireId);
    }

    /** Agenda, chair and minute-taker, before (or during) the meeting. */
    @PreAuthorize("@meetingAccess.canManage(#meetingId)")
    public MeetingSheet prepare(
            long meetingId, long expectedVersion, String agenda, @Nullable Long chairId, @Nullable Long takerId) {
        MeetingRow meeting = schedule.get(meetingId);
        MeetingRecord r = editable(meeting, expectedVersion);
        String cleanAgenda = agenda.replace("\r\n", "\n").strip();
        if (cleanAgenda.length() > 4000) {
            throw new BusinessException("error.tooLong", 4000);
        }
        // who is absent at the roll-call neither chairs nor takes the minutes
        r.absentName(chairId).ifPresent(n -> {
            throw new BusinessException("minutes.error.absentChair", n);
        });
        r.absentName(takerId).ifPresent(n -> {
            throw new BusinessException("minutes.error.absentTaker", n);
        });
        // the default agenda is not frozen: it keeps saying where the draft really stands
        boolean asDefault = cleanAgenda.isEmpty() || cleanAgenda.equals(defaultAgenda(meeting, r, draftState(meeting)));
        Supplier<List<MemberSummary>> cell = cellMembers(r.getCellId());
        r.prepare(asDefault ? null : cleanAgenda, chairId, nameOf(cell, chairId), takerId, nameOf(cell, takerId));
        touch(r);
        return sheet(meeting);
    }

    /**
     * The topic's presenter is absent and another member presented it: the minutes say so. Only a member present
     * at the roll-call presents; {@code memberId} null takes it back.
     */
    @PreAuthorize("@meetingAccess.canManage(#meetingId)")
    public MeetingSheet presentInstead(long meetingId, long expectedVersion, @Nullable Long memberId) {
        MeetingRow m = schedule.get(meetingId);
        if (m.type() != MeetingType.THEMATIC || m.presenterId() == null) {
            throw new BusinessException("minutes.error.noPresenter");
        }
        MeetingRecord r = running(m);
        if (r.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        if (memberId != null && memberId.equals(m.presenterId())) {
            throw new BusinessException("minutes.error.substituteIsPresenter");
        }
        r.presentedInstead(memberId, nameOf(cellMembers(r.getCellId()), memberId));
        touch(r);
        return sheet(m);
    }

    /** Opens the meeting: the roll-call list is frozen as the cell was on the meeting day. */
    @PreAuthorize("@meetingAccess.canManage(#meetingId)")
    public MeetingSheet start(long meetingId) {
        MeetingRow m = schedule.get(meetingId);
        Optional<BusinessException> tooEarly = tooEarlyToStart(m);
        if (tooEarly.isPresent()) {
            throw tooEarly.get();
        }
        schedule.advance(meetingId, Set.of(MeetingStatus.PLANNED, MeetingStatus.POSTPONED), MeetingStatus.IN_PROGRESS);
        MeetingRecord r = records.findByMeetingId(meetingId).orElseGet(() -> create(m));
        if (r.getAttendance().isEmpty()) {
            for (MeetingSheet.Attendee a : preview(m)) {
                r.addAttendee(new Attendance(r, a.memberId(), a.name(), a.fullMember(), a.exempted()));
            }
        }
        r.opened(LocalDateTime.now(clock).withSecond(0).withNano(0));
        prefillContent(m, r);
        touch(r);
        return sheet(meetingId);
    }

    /** Why the meeting cannot be opened yet, for the page to say before anyone clicks; empty once it can. */
    @PreAuthorize("@meetingAccess.canManage(#meetingId)")
    @Transactional(readOnly = true)
    public Optional<BusinessException> whyNotStartableYet(long meetingId) {
        return tooEarlyToStart(schedule.get(meetingId));
    }

    /** A meeting opens at most {@link #EARLY_START} before its time: the roll-call and minutes record the meeting held. */
    private Optional<BusinessException> tooEarlyToStart(MeetingRow m) {
        LocalDateTime opensFrom = m.scheduledAt().minus(EARLY_START);
        if (!LocalDateTime.now(clock).isBefore(opensFrom)) {
            return Optional.empty();
        }
        if (m.scheduledAt().toLocalDate().isAfter(LocalDate.now(clock))) {
            return Optional.of(new BusinessException(
                    "minutes.error.notToday", DAY.format(m.scheduledAt().toLocalDate())));
        }
        return Optional.of(
                new BusinessException("minutes.error.tooEarly", HOUR.format(m.scheduledAt()), HOUR.format(opensFrom)));
    }

    /**
     * One member's answer to the roll-call; an excused absence needs its reason. An answer changed by someone
     * else since {@code expectedVersion} was read is refused, never overwritten.
     */
    @PreAuthorize("@meetingAccess.canManage(#meetingId)")
    public MeetingSheet answer(
            long meetingId,
            long memberId,
            long expectedVersion,
            @Nullable AttendanceStatus status,
            @Nullable String reason) {
        MeetingRow m = schedule.get(meetingId);
        record(running(m), new RollCallAnswer(memberId, expectedVersion, status, reason));
        live.changed(meetingId); // the phones' count and check-in state
        return sheet(m);
    }

    /**
     * Several answers at once ("everyone else is present", or a paper roll-call typed in afterwards): all are
     * recorded or, if one is refused, none.
     */
    @PreAuthorize("@meetingAccess.canManage(#meetingId)")
    public MeetingSheet answerAll(long meetingId, List<RollCallAnswer> answers) {
        MeetingRow m = schedule.get(meetingId);
        MeetingRecord r = running(m);
        for (RollCallAnswer x : answers) {
            check(r, x); // all checked before any is written
        }
        for (RollCallAnswer x : answers) {
            record(r, x);
        }
        live.changed(meetingId);
        return sheet(m);
    }

    private Attendance check(MeetingRecord r, RollCallAnswer x) {
        Attendance a = r.getAttendance().stream()
                .filter(y -> y.getMemberId() == x.memberId())
                .findFirst()
                .orElseThrow(() -> new BusinessException("minutes.error.notOnList"));
        if (a.getVersion() != x.expectedVersion()) {
            throw new ConcurrentEditException();
        }
        if (x.status() == AttendanceStatus.EXCUSED && cleanReason(x.reason()) == null) {
            throw new BusinessException("minutes.error.reasonRequired", a.getMemberName());
        }
        return a;
    }

    private static @Nullable String cleanReason(@Nullable String reason) {
        String why = reason == null ? null : Vietnamese.clean(reason);
        return why == null || why.isEmpty() ? null : why;
    }

    private void record(MeetingRecord r, RollCallAnswer x) {
        Attendance a = check(r, x);
        AttendanceStatus status = x.status();
        String why = cleanReason(x.reason());
        a.answer(status, why);
        // the roll-call row alone: the minutes being typed beside it keep their version
        attendance.saveAndFlush(a);
        audit.record(
                "ROLL_CALL",
                "Attendance",
                a.getId(),
                r.getCellId(),
                a.getMemberName() + ": " + (status == null ? "—" : status.name())
                        + (why == null ? "" : " (" + why + ")"));
    }

    /** Saves the minutes (also the autosave while typing); a stale form is refused, never overwrites. */
    @PreAuthorize("@meetingAccess.canManage(#meetingId)")
    public MeetingSheet saveMinutes(long meetingId, long expectedVersion, MinutesData data) {
        MeetingRow meeting = schedule.get(meetingId);
        MeetingRecord r = running(meeting);
        if (r.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        for (String s : new String[] {data.guests, data.content, data.conclusion, data.resolution, data.reminders}) {
            if (s != null && s.length() > MAX_TEXT) {
                throw new BusinessException("error.tooLong", MAX_TEXT);
            }
        }
        // the columns are narrower than the long texts: refused here, not by the database
        if (data.reminders != null && data.reminders.length() > 4000) {
            throw new BusinessException("error.tooLong", 4000);
        }
        if (data.guests != null && data.guests.length() > MAX_GUESTS) {
            throw new BusinessException("error.tooLong", MAX_GUESTS);
        }
        if (data.opinions.stream()
                .anyMatch(o -> o.memberId() == null
                        && o.text() != null
                        && !o.text().isBlank()
                        && Vietnamese.clean(o.speaker()).length() > MAX_SPEAKER)) {
            throw new BusinessException("error.tooLong", MAX_SPEAKER);
        }
        r.writeMinutes(
                data.openedAt,
                data.closedAt,
                blank(data.guests),
                blank(data.content),
                blank(data.conclusion),
                blank(data.resolution),
                blank(data.reminders),
                data.quality != null ? data.quality : r.getQuality()); // the level comes from the quality sheet
        List<Opinion> list = new ArrayList<>();
        Supplier<List<MemberSummary>> cell = cellMembers(r.getCellId());
        for (MinutesData.OpinionData o : data.opinions) {
            if (o.text() != null && !o.text().isBlank()) {
                r.absentName(o.memberId()).ifPresent(n -> {
                    throw new BusinessException("minutes.error.absentSpeaker", n);
                });
                String speaker = o.memberId() != null ? nameOf(cell, o.memberId()) : Vietnamese.clean(o.speaker());
                list.add(new Opinion(
                        r,
                        list.size() + 1,
                        o.memberId(),
                        speaker == null ? "" : speaker,
                        limit(Vietnamese.printable(o.text()).strip(), 4000)));
            }
        }
        r.replaceOpinions(list);
        r.indexForSearch(MinutesSearch.searchText(meeting.title(), r));
        touch(r);
        return sheet(meeting);
    }

    /** The meeting is over: every expected member must have answered the roll-call. */
    @PreAuthorize("@meetingAccess.canManage(#meetingId)")
    public MeetingSheet finish(long meetingId) {
        MeetingRecord r = running(meetingId);
        r.requireRollCallComplete();
        schedule.advance(meetingId, Set.of(MeetingStatus.IN_PROGRESS), MeetingStatus.HELD);
        r.closed(LocalDateTime.now(clock).withSecond(0).withNano(0));
        touch(r);
        return sheet(meetingId);
    }

    /** The minutes were read back and approved: they are locked for good. */
    @PreAuthorize("@meetingAccess.canManage(#meetingId)")
    public MeetingSheet lock(long meetingId, long expectedVersion) {
        MeetingRecord r =
                records.findByMeetingId(meetingId).orElseThrow(() -> new BusinessException("minutes.error.notHeld"));
        if (r.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        List<String> missing = r.missingForLock().stream().map(text::vi).toList();
        if (!missing.isEmpty()) {
            throw new BusinessException("minutes.error.incomplete", String.join(", ", missing));
        }
        List<String> contradictions = checks.contradictions(schedule.get(meetingId), r);
        if (!contradictions.isEmpty()) {
            throw new BusinessException("minutes.error.contradicts", String.join("; ", contradictions));
        }
        r.requireLockable(); // before the meeting moves on: a refusal leaves both as they were
        schedule.advance(meetingId, Set.of(MeetingStatus.HELD), MeetingStatus.LOCKED);
        r.lock(currentUser.require().displayName(), clock.instant());
        touch(r);
        // the official file is made now, in this transaction: every reader will get exactly it
        events.publishEvent(new MinutesIssued(
                meetingId, r.requireId(), 0, currentUser.require().displayName()));
        return sheet(meetingId);
    }

    /** A correction to locked minutes, numbered; the minutes stay as approved. */
    @PreAuthorize("@meetingAccess.canManage(#meetingId)")
    public MeetingSheet addAddendum(long meetingId, String body) {
        MeetingRecord r = records.findByMeetingId(meetingId)
                .filter(MeetingRecord::isLocked)
                .orElseThrow(() -> new BusinessException("minutes.error.notLocked"));
        String clean = body.strip();
        if (clean.isEmpty()) {
            throw new BusinessException("minutes.error.addendumEmpty");
        }
        if (clean.length() > 4000) {
            throw new BusinessException("error.tooLong", 4000);
        }
        int number = addenda.findByRecordIdOrderByNumber(r.requireId()).size() + 1;
        addenda.saveAndFlush(
                new Addendum(r.requireId(), number, clean, currentUser.require().displayName(), clock.instant()));
        audit.record("MINUTES_ADDENDUM", "MeetingRecord", r.getId(), r.getCellId(), "#" + number);
        events.publishEvent(new MinutesIssued(
                meetingId, r.requireId(), number, currentUser.require().displayName()));
        return sheet(meetingId);
    }

    private static VotingBase votingBase(List<MeetingSheet.Attendee> people) {
        return VotingBase.of(people.stream()
                .map(a -> new VotingBase.Member(a.fullMember(), a.exempted(), a.status()))
                .toList());
    }

    private List<MeetingSheet.Attendee> preview(MeetingRow m) {
        LocalDate day = m.scheduledAt().toLocalDate();
        Set<Long> exempted = members.exemptedOn(m.cellId(), day);
        return members.summaries(m.cellId()).stream()
                .filter(s -> s.admittedOn() == null || !s.admittedOn().isAfter(day))
                .map(s -> new MeetingSheet.Attendee(
                        s.id(),
                        s.fullName(),
                        s.status() == MemberStatus.CHINH_THUC,
                        exempted.contains(s.id()),
                        null,
                        null,
                        -1))
                .collect(Collectors.toList());
    }

    private MeetingRecord editable(MeetingRow m, long expectedVersion) {
        MeetingRecord r = records.findByMeetingId(m.id()).orElse(null);
        if (r == null) {
            if (expectedVersion >= 0) {
                throw new ConcurrentEditException();
            }
            return create(m);
        }
        if (r.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        r.requireUnlocked();
        return r;
    }

    private MeetingRecord running(long meetingId) {
        return running(schedule.get(meetingId));
    }

    private MeetingRecord running(MeetingRow m) {
        MeetingRecord.requireUnderway(m.status());
        return records.findByMeetingId(m.id()).orElseThrow(() -> new BusinessException("minutes.error.notStarted"));
    }

    private MeetingRecord create(MeetingRow m) {
        return records.saveAndFlush(
                new MeetingRecord(m.id(), m.cellId(), currentUser.require().displayName(), clock.instant()));
    }

    private void touch(MeetingRecord r) {
        r.touch(currentUser.require().displayName(), clock.instant());
        records.saveAndFlush(r);
        live.changed(r.getMeetingId());
    }

    /** The cell's members, read at most once however many names one call needs (the opinions' speakers). */
    private Supplier<List<MemberSummary>> cellMembers(long cellId) {
        return new Supplier<>() {
            private @Nullable List<MemberSummary> read;

            @Override
            public List<MemberSummary> get() {
                if (read == null) {
                    read = members.summaries(cellId);
                }
                return read;
            }
        };
    }

    private @Nullable String nameOf(Supplier<List<MemberSummary>> cell, @Nullable Long memberId) {
        if (memberId == null) {
            return null;
        }
        return cell.get().stream()
                .filter(s -> s.id() == memberId)
                .map(MemberSummary::fullName)
                .findFirst()
                .orElseThrow(() -> new BusinessException("minutes.error.notOnList"));
    }

    /** The usual programme; for a thematic meeting it says who presents and where the draft really stands. */
    String defaultAgenda(MeetingRow m, @Nullable MeetingRecord r, @Nullable DraftState draft) {
        if (m.type() != MeetingType.THEMATIC) {
            return text.vi("minutes.agenda.regular");
        }
        String presenter = m.presenterName() == null ? "" : m.presenterName();
        if (r != null && r.getSubstituteName() != null) {
            presenter = text.vi("minutes.agenda.instead", r.getSubstituteName(), presenter);
        }
        return text.vi("minutes.agenda.thematic", m.title() == null ? "" : m.title(), presenter, draftPhrase(draft));
    }

    /**
     * A thematic meeting's minutes start from what is presented: the topic, its presenter, where its draft stands
     * and the headings of the approved text — the minute-taker completes it, nothing is typed twice. Only when the
     * content is still empty: what was written is never replaced.
     */
    private void prefillContent(MeetingRow m, MeetingRecord r) {
        DraftState draft = draftState(m);
        if (draft == null || (r.getContent() != null && !r.getContent().isBlank())) {
            return;
        }
        StringBuilder content = new StringBuilder(text.vi(
                "minutes.prefill.presented",
                m.presenterName() == null ? "" : m.presenterName(),
                m.title() == null ? "" : m.title(),
                draftPhrase(draft)));
        List<String> outline = draft.approvedAt() == null ? List.of() : drafts.outline(m.topicId());
        if (!outline.isEmpty()) {
            content.append('\n').append(text.vi("minutes.prefill.outline"));
            outline.forEach(h -> content.append("\n- ").append(h));
        }
        r.writeMinutes(
                r.getOpenedAt(),
                r.getClosedAt(),
                r.getGuests(),
                content.toString(),
                r.getConclusion(),
                r.getResolution(),
                r.getReminders(),
                r.getQuality());
    }

    /** "(dự thảo đã duyệt)", "(dự thảo lần 2 đã nộp, chưa duyệt)", "(chưa có dự thảo)"… */
    String draftPhrase(@Nullable DraftState d) {
        if (d == null) {
            return "";
        }
        return switch (d.status()) {
            case APPROVED, PRESENTED -> text.vi("minutes.draft.approved", d.version());
            case SUBMITTED -> text.vi("minutes.draft.submitted", d.version());
            case CHANGES_REQUESTED -> text.vi("minutes.draft.changes", d.version());
            case WRITING -> text.vi("minutes.draft.writing");
            case NOT_STARTED -> text.vi("minutes.draft.none");
        };
    }

    private @Nullable DraftState draftState(MeetingRow m) {
        return m.type() == MeetingType.THEMATIC && m.topicId() != null ? drafts.state(m.topicId()) : null;
    }

    private static String limit(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    private static @Nullable String blank(@Nullable String s) {
        String text = s == null ? null : Vietnamese.printable(s).strip();
        return text == null || text.isEmpty() ? null : text;
    }
}
