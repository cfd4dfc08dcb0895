package vn.chibo.plan.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
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
import vn.chibo.notification.service.NotificationService;
import vn.chibo.organization.domain.Member;
import vn.chibo.organization.domain.PartyOrganization;
import vn.chibo.organization.domain.Position;
import vn.chibo.organization.service.MemberService;
import vn.chibo.organization.service.MemberSummary;
import vn.chibo.plan.domain.AnnualPlan;
import vn.chibo.plan.domain.AnnualPlanRepository;
import vn.chibo.plan.domain.PlanChange;
import vn.chibo.plan.domain.PlanChangeRepository;
import vn.chibo.plan.domain.PlanTopic;
import vn.chibo.plan.domain.PlanTopicRepository;
import vn.chibo.plan.domain.TopicCategory;
import vn.chibo.plan.domain.TopicCategoryRepository;
import vn.chibo.register.domain.DocumentKind;
import vn.chibo.register.service.DocumentRegister;
import vn.chibo.register.service.IssuedNumber;
import vn.chibo.security.domain.Role;
import vn.chibo.security.service.AccountService;
import vn.chibo.security.service.CurrentUser;

/**
 * The annual thematic plan of a cell: creating it (empty, from last year, from the committee's library),
 * its topics, approval and publication. Changes to a published plan are recorded and the members concerned
 * are told.
 */
@Service
@Transactional
public class PlanService {

    public static final int MAX_TITLE = 300;

    private final AnnualPlanRepository plans;
    private final PlanTopicRepository topics;
    private final PlanChangeRepository changes;
    private final TopicCategoryRepository categories;
    private final MemberService members;
    private final CellLookup cells;
    private final NotificationService notifications;
    private final ObjectProvider<MeetingCalendar> calendar;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final Translations text;
    private final DocumentRegister register;
    private final AccountService accounts;

    PlanService(
            AnnualPlanRepository plans,
            PlanTopicRepository topics,
            PlanChangeRepository changes,
            TopicCategoryRepository categories,
            MemberService members,
            CellLookup cells,
            NotificationService notifications,
            ObjectProvider<MeetingCalendar> calendar,
            CurrentUser currentUser,
            AuditService audit,
            Clock clock,
            Translations text,
            DocumentRegister register,
            AccountService accounts) {
        this.register = register;
        this.accounts = accounts;
        this.text = text;
        this.plans = plans;
        this.topics = topics;
        this.changes = changes;
        this.categories = categories;
        this.members = members;
        this.cells = cells;
        this.notifications = notifications;
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The cell's plan for a year, if it exists and the caller may see it (members: once published). */
    @PreAuthorize("@access.canReadCell(#cellId)")
    @Transactional(readOnly = true)
    public Optional<PlanSummary> find(long cellId, int year) {
        boolean plainMember = currentUser.require().role() == Role.MEMBER;
        return plans.findByCellAndYear(cellId, year)
                .filter(p -> !plainMember || p.isPublished())
                .map(this::summary);
    }

    @PreAuthorize("@access.canReadCell(#cellId)")
    @Transactional(readOnly = true)
    public List<Integer> years(long cellId) {
        return plans.findYearsOf(cellId);
    }

    @PreAuthorize("@planAccess.canReadPlan(#planId)")
    @Transactional(readOnly = true)
    public PlanSummary get(long planId) {
        return summary(load(planId));
    }

    /** The plan's header with the people who approved and published it by name, not by log-in. */
    private PlanSummary summary(AnnualPlan p) {
        PlanSummary s = PlanSummary.of(p);
        String approvedBy = displayName(s.approvedBy());
        // mostly the same secretary approved and published: one look-up (every topic's context asks)
        String publishedBy =
                Objects.equals(s.publishedBy(), s.approvedBy()) ? approvedBy : displayName(s.publishedBy());
        return new PlanSummary(
                s.id(),
                s.version(),
                s.cellId(),
                s.cellName(),
                s.year(),
                s.status(),
                s.minThematicPerQuarter(),
                s.maxPerMember(),
                s.windowYears(),
                s.pairProbationary(),
                s.notes(),
                approvedBy,
                s.approvedAt(),
                publishedBy,
                s.publishedAt());
    }

    /** Plans keep the log-in (it never changes with a renamed account); people read the account's name. */
    /** The name of the person behind a log-in name (who assigned a presenter, approved a plan), for display. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String personName(String username) {
        return accounts.displayNameOf(username);
    }

    private @Nullable String displayName(@Nullable String username) {
        return username == null ? null : accounts.displayNameOf(username);
    }

    /** One topic with its plan, for features that work on a topic (drafts, meetings). */
    @PreAuthorize("@planAccess.canReadTopic(#topicId)")
    @Transactional(readOnly = true)
    public TopicContext topicContext(long topicId) {
        PlanTopic topic = loadTopic(topicId);
        // not summary(): no feature working on a topic shows who approved its plan, and the two account look-ups
        // were most of this call (drafts ask it for every access check)
        return new TopicContext(TopicRow.of(topic), PlanSummary.of(topic.getPlan()));
    }

    /** The topic itself, for another feature's record that refers to it (a meeting): the one way to the entity. */
    @PreAuthorize("@planAccess.canReadTopic(#topicId)")
    @Transactional(readOnly = true)
    public PlanTopic reference(long topicId) {
        return loadTopic(topicId);
    }

    @PreAuthorize("@planAccess.canReadPlan(#planId)")
    @Transactional(readOnly = true)
    public List<TopicRow> topics(long planId) {
        return topics.findByPlan(planId).stream().map(TopicRow::of).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TopicCategory> categories() {
        return categories.findByActiveTrueOrderBySortOrderAscNameAsc();
    }

    @PreAuthorize("@access.canManageCell(#cellId)")
    public PlanSummary create(long cellId, int year) {
        checkYear(year);
        if (plans.findByCellAndYear(cellId, year).isPresent()) {
            throw new BusinessException("plan.error.exists", year);
        }
        PartyOrganization cell = cells.cell(cellId);
        AnnualPlan plan = plans.save(new AnnualPlan(cell, year));
        plans.findByCellAndYear(cellId, year - 1)
                .ifPresent(previous -> plan.configure(
                        previous.getMinThematicPerQuarter(),
                        previous.getMaxPerMember(),
                        previous.getWindowYears(),
                        previous.isPairProbationary()));
        audit.record("PLAN_CREATED", "AnnualPlan", plan.getId(), cellId, String.valueOf(year));
        return summary(plan);
    }

    /** A new plan for {@code year} with the topics of {@code fromYear} (months kept, presenters left open). */
    @PreAuthorize("@access.canManageCell(#cellId)")
    public PlanSummary copyFrom(long cellId, int year, int fromYear) {
        AnnualPlan source = plans.findByCellAndYear(cellId, fromYear)
                .orElseThrow(() -> new BusinessException("plan.error.noSource", fromYear));
        PlanSummary created = create(cellId, year);
        AnnualPlan plan = load(created.id());
        for (PlanTopic t : topics.findByPlan(source.requireId())) {
            PlanTopic copy = new PlanTopic(plan, t.getTitle(), t.getTargetMonth());
            copy.setCategory(t.getCategory());
            copy.setGoals(t.getGoals());
            copy.setKeywords(t.getKeywords());
            copy.setMaterials(t.getMaterials());
            copy.setInCharge(t.getInCharge() != null && t.getInCharge().isActive() ? t.getInCharge() : null);
            topics.save(copy);
        }
        audit.record("PLAN_COPIED", "AnnualPlan", plan.getId(), cellId, fromYear + " -> " + year);
        return summary(plan);
    }

    @PreAuthorize("@planAccess.canManagePlan(#planId)")
    public TopicRow addTopic(long planId, TopicData data) {
        AnnualPlan plan = load(planId);
        validate(data);
        PlanTopic topic = new PlanTopic(plan, Vietnamese.clean(data.getTitle()), data.getTargetMonth());
        apply(topic, data, plan);
        topics.save(topic);
        logChange(plan, topic.getId(), Message.of("plan.log.added", topic.getTitle(), topic.getTargetMonth()));
        return TopicRow.of(topic);
    }

    /** Adds a topic with its presenter (and mentor) chosen in the same dialog: both are saved, or neither. */
    @PreAuthorize("@planAccess.canManagePlan(#planId)")
    public TopicRow addTopicAndAssign(
            long planId, TopicData data, @Nullable Long presenterId, @Nullable Long mentorId, Decision decision) {
        TopicRow added = addTopic(planId, data);
        if (presenterId == null && mentorId == null) {
            return added;
        }
        PlanTopic topic = loadTopic(added.id());
        assignChecked(topic, presenterId, mentorId, Message.of("rotation.decision." + decision.name()));
        return TopicRow.of(topics.saveAndFlush(topic));
    }

    /**
     * The month a new topic most likely belongs to: the first month without a topic, counted from the current
     * month when the plan is for this year (earlier months are past), else from January.
     */
    @PreAuthorize("@planAccess.canReadPlan(#planId)")
    @Transactional(readOnly = true)
    public int suggestedMonth(long planId) {
        AnnualPlan plan = load(planId);
        LocalDate today = LocalDate.now(clock);
        int from = today.getYear() == plan.getYear() ? today.getMonthValue() : 1;
        Set<Integer> taken = new HashSet<>();
        topics.findByPlan(planId).forEach(t -> taken.add(t.getTargetMonth()));
        for (int m = from; m <= 12; m++) {
            if (!taken.contains(m)) {
                return m;
            }
        }
        return from;
    }

    @PreAuthorize("@planAccess.canManageTopic(#topicId)")
    public TopicRow updateTopic(long topicId, TopicData data) {
        PlanTopic topic = loadTopic(topicId);
        if (topic.getVersion() != data.getVersion()) {
            throw new ConcurrentEditException();
        }
        validate(data);
        Message before = describe(topic);
        int monthBefore = topic.getTargetMonth();
        topic.setTitle(Vietnamese.clean(data.getTitle()));
        topic.setTargetMonth(data.getTargetMonth());
        apply(topic, data, topic.getPlan());
        Message after = describe(topic);
        topics.saveAndFlush(topic);
        if (!before.equals(after)) {
            logChange(topic.getPlan(), topicId, Message.of("plan.log.edited", before, after));
            if (topic.getPlan().isPublished()
                    && topic.getPresenter() != null
                    && monthBefore != topic.getTargetMonth()) {
                notifications.notify(
                        topic.getPresenter().requireId(),
                        Message.of("notify.topicMoved", topic.getTitle(), topic.getTargetMonth()),
                        null,
                        link(topic.getPlan()));
            }
        }
        return TopicRow.of(topic);
    }

    /** Edits a topic and (re)assigns its presenter in one step: both are saved, or neither. */
    @PreAuthorize("@planAccess.canManageTopic(#topicId)")
    public TopicRow updateTopicAndAssign(
            long topicId, TopicData data, @Nullable Long presenterId, @Nullable Long mentorId, Decision decision) {
        updateTopic(topicId, data);
        PlanTopic topic = loadTopic(topicId);
        assignChecked(topic, presenterId, mentorId, Message.of("rotation.decision." + decision.name()));
        return TopicRow.of(topics.saveAndFlush(topic));
    }

    @PreAuthorize("@planAccess.canManageTopic(#topicId)")
    public void deleteTopic(long topicId, long expectedVersion) {
        PlanTopic topic = loadTopic(topicId);
        if (topic.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        if (calendar.getIfAvailable() != null
                && calendar.getObject().meetingOfTopic(topicId).isPresent()) {
            throw new BusinessException("plan.error.topicHasMeeting");
        }
        AnnualPlan plan = topic.getPlan();
        Member presenter = topic.getPresenter();
        logChange(plan, null, Message.of("plan.log.deleted", topic.getTitle(), topic.getTargetMonth()));
        topics.delete(topic);
        try {
            topics.flush();
        } catch (DataIntegrityViolationException e) {
            // a draft (or other work) refers to it: members' work is never deleted with a topic
            throw new BusinessException("plan.error.topicHasWork");
        }
        if (plan.isPublished() && presenter != null) {
            notifications.notify(
                    presenter.requireId(), Message.of("notify.topicRemoved", topic.getTitle()), null, link(plan));
        }
    }

    /**
     * Sets (or clears) a topic's presenter and mentor; how it was decided is kept with who did it and when.
     */
    @PreAuthorize("@planAccess.canManageTopic(#topicId)")
    public TopicRow assign(
            long topicId,
            long expectedVersion,
            @Nullable Long presenterId,
            @Nullable Long mentorId,
            Decision decision) {
        PlanTopic topic = loadTopic(topicId);
        if (topic.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        assignChecked(topic, presenterId, mentorId, Message.of("rotation.decision." + decision.name()));
        return TopicRow.of(topics.saveAndFlush(topic));
    }

    /** Assignment of a loaded topic; used by the rotation for several topics in one transaction. */
    void assignChecked(PlanTopic topic, @Nullable Long presenterId, @Nullable Long mentorId, Message how) {
        Member presenter = presenterId == null ? null : memberOfCell(topic.getPlan(), presenterId);
        Member mentor = mentorId == null ? null : memberOfCell(topic.getPlan(), mentorId);
        if (mentor != null && mentor.equals(presenter)) {
            throw new BusinessException("plan.error.mentorIsPresenter");
        }
        Member before = topic.getPresenter();
        Member mentorBefore = topic.getMentor();
        if (Objects.equals(before, presenter) && Objects.equals(mentorBefore, mentor)) {
            return;
        }
        topic.assign(presenter, mentor, currentUser.require().username(), clock.instant(), how, text.vi(how));
        logChange(
                topic.getPlan(),
                topic.getId(),
                Message.of(
                        "plan.log.assigned",
                        topic.getTitle(),
                        name(before),
                        name(presenter),
                        mentor == null ? "" : Message.of("plan.log.mentor", mentor.getFullName()),
                        how));
        audit.record(
                "TOPIC_ASSIGNED",
                "PlanTopic",
                topic.getId(),
                topic.getPlan().getCell().getId(),
                text.vi(name(before)) + " -> " + text.vi(name(presenter)) + " (" + text.vi(how) + ")");
        if (topic.getPlan().isPublished()) {
            if (presenter != null) {
                notifications.notify(
                        presenter.requireId(),
                        Message.of(
                                "notify.assigned",
                                topic.getTitle(),
                                topic.getTargetMonth(),
                                topic.getPlan().getYear()),
                        Message.verbatimOrNull(topic.getGoals()),
                        link(topic.getPlan()));
            }
            if (before != null && !before.equals(presenter)) {
                notifications.notify(
                        before.requireId(),
                        Message.of("notify.unassigned", topic.getTitle()),
                        null,
                        link(topic.getPlan()));
            }
            if (mentor != null && !mentor.equals(mentorBefore)) {
                notifications.notify(
                        mentor.requireId(),
                        Message.of("notify.mentor", name(presenter), topic.getTitle()),
                        null,
                        link(topic.getPlan()));
            }
        }
    }

    @PreAuthorize("@planAccess.canManagePlan(#planId)")
    public PlanSummary updateSettings(
            long planId,
            long expectedVersion,
            int minThematicPerQuarter,
            int maxPerMember,
            int windowYears,
            boolean pairProbationary,
            @Nullable String notes) {
        AnnualPlan plan = loadVersion(planId, expectedVersion);
        plan.configure(minThematicPerQuarter, maxPerMember, windowYears, pairProbationary, notes);
        logChange(plan, null, Message.of("plan.log.settings", minThematicPerQuarter, maxPerMember, windowYears));
        return summary(plans.saveAndFlush(plan));
    }

    @PreAuthorize("@planAccess.canManagePlan(#planId)")
    public PlanSummary approve(long planId, long expectedVersion) {
        AnnualPlan plan = loadVersion(planId, expectedVersion);
        plan.approve(!topics.findByPlan(planId).isEmpty(), currentUser.require().username(), clock.instant());
        audit.record("PLAN_APPROVED", "AnnualPlan", planId, plan.getCell().getId(), String.valueOf(plan.getYear()));
        return summary(plans.saveAndFlush(plan));
    }

    @PreAuthorize("@planAccess.canManagePlan(#planId)")
    public PlanSummary reopen(long planId, long expectedVersion) {
        AnnualPlan plan = loadVersion(planId, expectedVersion);
        plan.reopen();
        audit.record("PLAN_REOPENED", "AnnualPlan", planId, plan.getCell().getId(), String.valueOf(plan.getYear()));
        return summary(plans.saveAndFlush(plan));
    }

    /** Publishes an approved plan: members see it, and each presenter is told what to prepare. */
    @PreAuthorize("@planAccess.canManagePlan(#planId)")
    public PlanSummary publish(long planId, long expectedVersion) {
        return publish(planId, expectedVersion, LocalDate.now(clock));
    }

    /**
     * Publishes an approved plan dated the day the secretary gives (today or earlier: a plan is often signed in
     * December for the year after): the plan is numbered in the cell's register (KH) with that date, which its
     * file prints — never the day it is downloaded.
     */
    @PreAuthorize("@planAccess.canManagePlan(#planId)")
    public PlanSummary publish(long planId, long expectedVersion, LocalDate issuedOn) {
        AnnualPlan plan = loadVersion(planId, expectedVersion);
        plan.publish(currentUser.require().username(), clock.instant(), issuedOn, LocalDate.now(clock));
        register.issue(
                plan.getCell().requireId(),
                DocumentKind.KH,
                DocumentRegister.PLAN,
                planId,
                issuedOn,
                "Kế hoạch " + text.vi("doc.plan.summary", plan.getYear()));
        // Topics whose month has already passed (a plan recorded late) need no reminder.
        YearMonth now = YearMonth.now(clock);
        for (PlanTopic t : topics.findByPlan(planId)) {
            if (t.getPresenter() != null
                    && !YearMonth.of(plan.getYear(), t.getTargetMonth()).isBefore(now)) {
                notifications.notify(
                        t.getPresenter().requireId(),
                        Message.of("notify.published", plan.getYear(), t.getTitle(), t.getTargetMonth()),
                        Message.verbatimOrNull(t.getGoals()),
                        link(plan));
            }
        }
        audit.record("PLAN_PUBLISHED", "AnnualPlan", planId, plan.getCell().getId(), String.valueOf(plan.getYear()));
        return summary(plans.saveAndFlush(plan));
    }

    /** The published plan's number and date in the cell's register (none before publication). */
    @PreAuthorize("@planAccess.canReadPlan(#planId)")
    @Transactional(readOnly = true)
    public Optional<IssuedNumber> number(long planId) {
        AnnualPlan plan = load(planId);
        return register.find(plan.getCell().requireId(), DocumentKind.KH, DocumentRegister.PLAN, planId);
    }

    @PreAuthorize("@planAccess.canReadPlan(#planId)")
    @Transactional(readOnly = true)
    public List<PlanChange> changes(long planId) {
        return changes.findByPlanIdOrderByChangedAtDescIdDesc(planId);
    }

    /** The topics the current user presents (or mentors) in published plans of {@code year}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TopicRow> myTopics(int year) {
        Long memberId = currentUser.require().memberId();
        if (memberId == null) {
            return List.of();
        }
        return topics.findByPresenterAndYear(memberId, year).stream()
                .filter(t -> t.getPlan().isPublished())
                .map(TopicRow::of)
                .toList();
    }

    /** The year of a plan the caller can read. */
    @PreAuthorize("@planAccess.canReadPlan(#planId)")
    @Transactional(readOnly = true)
    public int yearOf(long planId) {
        return load(planId).getYear();
    }

    /** The name of the cell's secretary (bí thư), for signatures. */
    Optional<String> secretaryOf(long cellId) {
        return members.summaries(cellId).stream()
                .filter(m -> m.position() == Position.BI_THU)
                .map(MemberSummary::fullName)
                .findFirst();
    }

    void logChange(AnnualPlan plan, @Nullable Long topicId, Message description) {
        if (plan.isPublished()) {
            changes.save(new PlanChange(
                    plan.requireId(),
                    topicId,
                    currentUser.require().username(),
                    clock.instant(),
                    description,
                    text.vi(description)));
        }
    }

    AnnualPlan load(long planId) {
        return plans.findById(planId).orElseThrow(() -> new NotFoundException("plan", planId));
    }

    PlanTopic loadTopic(long topicId) {
        return topics.findById(topicId).orElseThrow(() -> new NotFoundException("topic", topicId));
    }

    private AnnualPlan loadVersion(long planId, long expectedVersion) {
        AnnualPlan plan = load(planId);
        if (plan.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        return plan;
    }

    private void apply(PlanTopic topic, TopicData data, AnnualPlan plan) {
        topic.setCategory(
                data.getCategoryId() == null
                        ? null
                        : categories
                                .findById(data.getCategoryId())
                                .orElseThrow(() -> new BusinessException("plan.error.category")));
        topic.setGoals(blank(data.getGoals()));
        topic.setInCharge(data.getInChargeId() == null ? null : memberOfCell(plan, data.getInChargeId()));
        topic.setNotes(blank(data.getNotes()));
        topic.setMaterials(blank(data.getMaterials()));
        topic.setKeywords(data.getKeywords());
    }

    private Member memberOfCell(AnnualPlan plan, long memberId) {
        Member m = members.get(memberId);
        if (!m.getCell().getId().equals(plan.getCell().getId()) || !m.isActive()) {
            throw new BusinessException("plan.error.notInCell");
        }
        return m;
    }

    private static void validate(TopicData data) {
        String title = Vietnamese.clean(data.getTitle());
        if (title.isEmpty()) {
            throw new BusinessException("plan.error.titleRequired");
        }
        if (title.length() > MAX_TITLE) {
            throw new BusinessException("error.tooLong", MAX_TITLE);
        }
        if (data.getTargetMonth() < 1 || data.getTargetMonth() > 12) {
            throw new BusinessException("plan.error.month");
        }
        if ((data.getGoals() != null && data.getGoals().length() > 4000)
                || (data.getNotes() != null && data.getNotes().length() > 2000)
                || (data.getMaterials() != null && data.getMaterials().length() > 2000)) {
            throw new BusinessException("error.tooLong", 4000);
        }
    }

    private static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new BusinessException("plan.error.year");
        }
    }

    private static Message describe(PlanTopic t) {
        return Message.of(
                "plan.describe.full",
                Message.of("plan.describe", t.getTitle(), t.getTargetMonth()),
                t.getCategory() == null ? "" : ", " + t.getCategory().getName(),
                t.getInCharge() == null
                        ? ""
                        : Message.of("plan.describe.inCharge", t.getInCharge().getFullName()));
    }

    private static Message name(@Nullable Member m) {
        return m == null ? Message.of("plan.unassigned") : Message.verbatim(m.getFullName());
    }

    private static String link(AnnualPlan plan) {
        return PlanLinks.page(plan.getYear());
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
