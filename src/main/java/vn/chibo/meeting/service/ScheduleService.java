package vn.chibo.meeting.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PostAuthorize;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.service.AuditService;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.domain.ConcurrentEditException;
import vn.chibo.base.domain.NotFoundException;
import vn.chibo.base.i18n.Message;
import vn.chibo.base.i18n.Translations;
import vn.chibo.base.text.Vietnamese;
import vn.chibo.meeting.domain.Meeting;
import vn.chibo.meeting.domain.MeetingRepository;
import vn.chibo.meeting.domain.MeetingRule;
import vn.chibo.meeting.domain.MeetingRuleRepository;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.domain.RuleKind;
import vn.chibo.notification.service.NotificationService;
import vn.chibo.organization.domain.PartyOrganization;
import vn.chibo.organization.service.AccessPolicy;
import vn.chibo.organization.service.MemberService;
import vn.chibo.organization.service.MemberSummary;
import vn.chibo.plan.domain.PlanTopic;
import vn.chibo.plan.service.PlanService;
import vn.chibo.plan.service.PlanSummary;
import vn.chibo.plan.service.TopicRow;
import vn.chibo.security.service.CurrentUser;

/**
 * The meeting calendar of a cell: the rule its regular meetings follow, a year of regular meetings generated
 * from it, thematic meetings scheduled from the plan's topics, and per-meeting changes (move, postpone with
 * a reason, cancel with a reason).
 */
@Service
@Transactional
public class ScheduleService {

    private final MeetingRepository meetings;
    private final MeetingRuleRepository rules;
    private final PlanService plans;
    private final MemberService members;
    private final CellEntities cells;
    private final NotificationService notifications;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Translations text;
    private final Clock clock;
    private final AccessPolicy access;

    ScheduleService(
            MeetingRepository meetings,
            MeetingRuleRepository rules,
            PlanService plans,
            MemberService members,
            CellEntities cells,
            NotificationService notifications,
            CurrentUser currentUser,
            AuditService audit,
            Translations text,
            Clock clock,
            AccessPolicy access) {
        this.access = access;
        this.meetings = meetings;
        this.rules = rules;
        this.plans = plans;
        this.members = members;
        this.cells = cells;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.audit = audit;
        this.text = text;
        this.clock = clock;
    }

    /** Whether the caller may change this cell's calendar (views show or hide the controls). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean canManage(long cellId) {
        return access.canManageCell(cellId);
    }

    @PreAuthorize("@access.canReadCell(#cellId)")
    @Transactional(readOnly = true)
    public Optional<RuleData> rule(long cellId) {
        return rules.findByCell(cellId).map(RuleData::of);
    }

    /** Days before a meeting that a draft is due and comments close: the cell's rule, or the usual 7 and 2. */
    @PreAuthorize("@access.canReadCell(#cellId)")
    @Transactional(readOnly = true)
    public DraftDeadlineRule deadlineRule(long cellId) {
        return rules.findByCell(cellId)
                .map(r -> new DraftDeadlineRule(r.getDraftDueDays(), r.getCommentsCloseDays()))
                .orElse(new DraftDeadlineRule(RuleData.DEFAULT_DRAFT_DUE_DAYS, RuleData.DEFAULT_COMMENTS_CLOSE_DAYS));
    }

    /** The day the cell's rule gives in a month. */
    @PreAuthorize("@access.canReadCell(#cellId)")
    @Transactional(readOnly = true)
    public LocalDate dayByRule(long cellId, YearMonth month) {
        return rules.findByCell(cellId)
                .orElseThrow(() -> new BusinessException("calendar.error.noRule"))
                .dateIn(month);
    }

    @PreAuthorize("@access.canManageCell(#cellId)")
    public RuleData saveRule(long cellId, RuleData data) {
        MeetingRule rule = rules.findByCell(cellId).orElse(null);
        if (rule == null) {
            rule = new MeetingRule(cells.cell(cellId), currentUser.require().username());
        } else if (rule.getVersion() != data.version()) {
            throw new ConcurrentEditException();
        }
        if (data.durationMinutes() < 30 || data.durationMinutes() > 600) {
            throw new BusinessException("calendar.error.duration");
        }
        String place = data.place() == null ? null : Vietnamese.clean(data.place());
        if (place != null && place.length() > 255) {
            throw new BusinessException("error.tooLong", 255);
        }
        try {
            if (data.kind() == RuleKind.DAY_OF_MONTH) {
                rule.everyDayOfMonth(data.dayOfMonth());
            } else {
                rule.everyNthWeekday(data.weekOfMonth(), data.dayOfWeek());
            }
        } catch (IllegalArgumentException e) {
            throw new BusinessException("calendar.error.rule");
        }
        rule.setTimeAndPlace(data.startTime(), data.durationMinutes(), place == null || place.isEmpty() ? null : place);
        try {
            rule.setDeadlines(data.draftDueDays(), data.commentsCloseDays());
        } catch (IllegalArgumentException e) {
            throw new BusinessException("calendar.error.deadlines");
        }
        rule.touch(currentUser.require().username(), clock.instant());
        MeetingRule saved = rules.saveAndFlush(rule);
        audit.record("MEETING_RULE_SAVED", "MeetingRule", saved.getId(), cellId, describe(saved));
        return RuleData.of(saved);
    }

    /**
     * Creates the regular meeting of every month of {@code year} that has none yet (from today on, for the
     * current year), following the rule. Existing meetings are left as they are. Returns how many were made.
     */
    @PreAuthorize("@access.canManageCell(#cellId)")
    public int generateRegular(long cellId, int year) {
        MeetingRule rule = rules.findByCell(cellId).orElseThrow(() -> new BusinessException("calendar.error.noRule"));
        Map<Integer, Integer> existing = regularPerMonth(cellId, year);
        LocalDate today = LocalDate.now(clock);
        int created = 0;
        for (int month = 1; month <= 12; month++) {
            LocalDate day = rule.dateIn(YearMonth.of(year, month));
            if (existing.getOrDefault(month, 0) > 0 || day.isBefore(today)) {
                continue;
            }
            Meeting m = new Meeting(
                    rule.getCell(),
                    MeetingType.REGULAR,
                    day.atTime(rule.getStartTime()),
                    rule.getDurationMinutes(),
                    rule.getPlace());
            m.markFromRule();
            meetings.save(m);
            created++;
        }
        audit.record("MEETINGS_GENERATED", "PartyOrganization", cellId, cellId, year + ": " + created);
        return created;
    }

    /**
     * Schedules a thematic meeting for every topic of the year's plan that has none: on the rule's day of the
     * topic's month, right after the regular meeting (they are recorded separately).
     */
    @PreAuthorize("@access.canManageCell(#cellId)")
    public int scheduleThematic(long cellId, int year) {
        PlanSummary plan =
                plans.find(cellId, year).orElseThrow(() -> new BusinessException("calendar.error.noPlan", year));
        MeetingRule rule = rules.findByCell(cellId).orElseThrow(() -> new BusinessException("calendar.error.noRule"));
        LocalDate today = LocalDate.now(clock);
        int created = 0;
        for (TopicRow topic : plans.topics(plan.id())) {
            if (!meetings.findActiveByTopic(topic.id()).isEmpty()) {
                continue;
            }
            LocalDate day = rule.dateIn(YearMonth.of(year, topic.month()));
            if (day.isBefore(today)) {
                continue;
            }
            LocalDateTime at = day.atTime(rule.getStartTime()).plusMinutes(rule.getDurationMinutes());
            Meeting m = Meeting.thematic(
                    rule.getCell(), cells.topic(topic.id()), at, rule.getDurationMinutes(), rule.getPlace());
            m.markFromRule();
            meetings.save(m);
            created++;
        }
        audit.record("THEMATIC_SCHEDULED", "PartyOrganization", cellId, cellId, year + ": " + created);
        return created;
    }

    /**
     * The topics of the year's plan a thematic meeting can still be added for: those without one, held or to be
     * held (a cancelled meeting leaves its topic open again).
     */
    @PreAuthorize("@access.canReadCell(#cellId)")
    @Transactional(readOnly = true)
    public List<TopicRow> topicsWithoutMeeting(long cellId, int year) {
        return plans.find(cellId, year).map(p -> plans.topics(p.id())).orElse(List.of()).stream()
                .filter(t -> meetings.findActiveByTopic(t.id()).isEmpty())
                .toList();
    }

    /** Adds one meeting by hand (an extra regular meeting, or a thematic one for a topic). */
    @PreAuthorize("@access.canManageCell(#cellId)")
    public MeetingRow add(
            long cellId,
            MeetingType type,
            LocalDateTime at,
            int minutes,
            @Nullable String place,
            @Nullable Long topicId) {
        checkTime(at, minutes);
        PartyOrganization cell = cells.cell(cellId);
        Meeting m;
        if (type == MeetingType.THEMATIC) {
            if (topicId == null) {
                throw new BusinessException("calendar.error.topicRequired");
            }
            PlanTopic topic = cells.topic(topicId);
            if (!topic.getPlan().getCell().getId().equals(cellId)) {
                throw new BusinessException("plan.error.topicNotInPlan");
            }
            if (!meetings.findActiveByTopic(topicId).isEmpty()) {
                throw new BusinessException("calendar.error.topicHasMeeting");
            }
            m = Meeting.thematic(cell, topic, at, minutes, clean(place));
        } else {
            m = new Meeting(cell, MeetingType.REGULAR, at, minutes, clean(place));
        }
        meetings.save(m);
        audit.record("MEETING_ADDED", "Meeting", m.getId(), cellId, type + " " + at);
        return MeetingRow.of(m);
    }

    @PreAuthorize("@access.canReadCell(#cellId)")
    @Transactional(readOnly = true)
    public List<MeetingRow> between(long cellId, LocalDate from, LocalDate toExclusive) {
        return meetings.findInPeriod(cellId, from.atStartOfDay(), toExclusive.atStartOfDay()).stream()
                .map(MeetingRow::of)
                .toList();
    }

    /** Meetings of many cells in a period, by cell (cells without meetings are absent from the map). */
    @PreAuthorize("@access.canReadCells(#cellIds)")
    @Transactional(readOnly = true)
    public Map<Long, List<MeetingRow>> betweenInCells(Collection<Long> cellIds, LocalDate from, LocalDate toExclusive) {
        if (cellIds.isEmpty()) {
            return Map.of();
        }
        return meetings.findInPeriodForCells(cellIds, from.atStartOfDay(), toExclusive.atStartOfDay()).stream()
                .map(MeetingRow::of)
                .collect(Collectors.groupingBy(MeetingRow::cellId));
    }

    /**
     * Moves a meeting along its life (planned → in progress → held → locked), refusing a step from any
     * other state: the meeting record feature drives it, the calendar shows it.
     */
    @PreAuthorize("@meetingAccess.canManage(#meetingId)")
    public MeetingRow advance(long meetingId, Set<MeetingStatus> from, MeetingStatus to) {
        Meeting m = load(meetingId);
        m.advance(from, to);
        audit.record(
                "MEETING_" + to.name(),
                "Meeting",
                meetingId,
                m.getCell().getId(),
                m.getScheduledAt().toString());
        return MeetingRow.of(meetings.saveAndFlush(m));
    }

    /** Thematic meetings of every cell in a period: for the daily reminders, which run as the system. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<MeetingRow> thematicBetween(LocalDate from, LocalDate toExclusive) {
        return meetings.findThematicInPeriod(from.atStartOfDay(), toExclusive.atStartOfDay()).stream()
                .map(MeetingRow::of)
                .toList();
    }

    /** The (first, not cancelled) meeting of a plan topic, if it is scheduled. */
    @PreAuthorize("@planAccess.canReadTopic(#topicId)")
    @Transactional(readOnly = true)
    public Optional<MeetingRow> meetingOfTopic(long topicId) {
        return meetings.findActiveByTopic(topicId).stream()
                .min(Comparator.comparing(Meeting::getScheduledAt))
                .map(MeetingRow::of);
    }

    /** Many meetings by id in one query (a member's record); refused whole if any is not the reader's to see. */
    @PreAuthorize("isAuthenticated()")
    @PostAuthorize("@access.canReadCells(returnObject.![cellId()])")
    @Transactional(readOnly = true)
    public List<MeetingRow> rows(Collection<Long> meetingIds) {
        return meetingIds.isEmpty()
                ? List.of()
                : meetings.findAllWithTopics(meetingIds).stream()
                        .map(MeetingRow::of)
                        .toList();
    }

    @PreAuthorize("@meetingAccess.canRead(#meetingId)")
    @Transactional(readOnly = true)
    public MeetingRow get(long meetingId) {
        return MeetingRow.of(load(meetingId));
    }

    /** A per-meeting change of date, time or place (not a postponement: no reason, no notice). */
    @PreAuthorize("@meetingAccess.canManage(#meetingId)")
    public MeetingRow reschedule(
            long meetingId, long expectedVersion, LocalDateTime at, int minutes, @Nullable String place) {
        Meeting m = loadVersion(meetingId, expectedVersion);
        checkTime(at, minutes);
        m.reschedule(at, minutes, clean(place));
        audit.record("MEETING_RESCHEDULED", "Meeting", meetingId, m.getCell().getId(), at + " " + place);
        return MeetingRow.of(meetings.saveAndFlush(m));
    }

    /** Postpones to a new date with a reason; the members are told. */
    @PreAuthorize("@meetingAccess.canManage(#meetingId)")
    public MeetingRow postpone(long meetingId, long expectedVersion, LocalDateTime to, String reason) {
        Meeting m = loadVersion(meetingId, expectedVersion);
        String why = requireReason(reason);
        checkTime(to, m.getDurationMinutes());
        LocalDateTime from = m.getScheduledAt();
        m.postpone(to, why);
        audit.record("MEETING_POSTPONED", "Meeting", meetingId, m.getCell().getId(), from + " -> " + to + ": " + why);
        tellMembers(m, Message.of("notify.meetingPostponed", label(m), format(from), format(to), why));
        return MeetingRow.of(meetings.saveAndFlush(m));
    }

    @PreAuthorize("@meetingAccess.canManage(#meetingId)")
    public MeetingRow cancel(long meetingId, long expectedVersion, String reason) {
        Meeting m = loadVersion(meetingId, expectedVersion);
        String why = requireReason(reason);
        m.cancel(why);
        audit.record("MEETING_CANCELLED", "Meeting", meetingId, m.getCell().getId(), why);
        tellMembers(m, Message.of("notify.meetingCancelled", label(m), format(m.getScheduledAt()), why));
        return MeetingRow.of(meetings.saveAndFlush(m));
    }

    /** Month (1..12) to the number of regular meetings not cancelled. */
    @PreAuthorize("@access.canReadCell(#cellId)")
    @Transactional(readOnly = true)
    public Map<Integer, Integer> regularPerMonth(long cellId, int year) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (Meeting m : meetings.findInPeriod(
                cellId,
                LocalDate.of(year, 1, 1).atStartOfDay(),
                LocalDate.of(year + 1, 1, 1).atStartOfDay())) {
            if (m.getType() == MeetingType.REGULAR && m.getStatus() != MeetingStatus.CANCELLED) {
                counts.merge(m.getScheduledAt().getMonthValue(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private void tellMembers(Meeting m, Message message) {
        for (MemberSummary member : members.summaries(m.getCell().requireId())) {
            notifications.notify(member.id(), message, null, "calendar");
        }
    }

    private static Message label(Meeting m) {
        return m.getType() == MeetingType.THEMATIC
                ? Message.of("calendar.thematicLabel", m.getTitle())
                : Message.of("calendar.regularLabel");
    }

    private static String format(LocalDateTime at) {
        return at.format(DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy"));
    }

    private String describe(MeetingRule r) {
        return r.getKind() + " " + r.getDayOfMonth() + "/" + r.getWeekOfMonth() + "/" + r.getDayOfWeek() + " "
                + r.getStartTime() + " " + r.getPlace();
    }

    private Meeting load(long meetingId) {
        return meetings.findWithCell(meetingId).orElseThrow(() -> new NotFoundException("meeting", meetingId));
    }

    private Meeting loadVersion(long meetingId, long expectedVersion) {
        Meeting m = load(meetingId);
        if (m.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        return m;
    }

    private static void checkTime(LocalDateTime at, int minutes) {
        if (at.getYear() < 2000 || at.getYear() > 2100) {
            throw new BusinessException("calendar.error.date");
        }
        if (minutes < 30 || minutes > 600) {
            throw new BusinessException("calendar.error.duration");
        }
    }

    private static String requireReason(String reason) {
        String why = Vietnamese.clean(reason);
        if (why.isEmpty()) {
            throw new BusinessException("calendar.error.reasonRequired");
        }
        if (why.length() > 1000) {
            throw new BusinessException("error.tooLong", 1000);
        }
        return why;
    }

    private static @Nullable String clean(@Nullable String place) {
        if (place == null || place.isBlank()) {
            return null;
        }
        String p = Vietnamese.clean(place);
        if (p.length() > 255) {
            throw new BusinessException("error.tooLong", 255);
        }
        return p;
    }
}
