package vn.chibo.plan.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.domain.ConcurrentEditException;
import vn.chibo.base.i18n.Message;
import vn.chibo.organization.service.Absence;
import vn.chibo.organization.service.MemberService;
import vn.chibo.organization.service.MemberSummary;
import vn.chibo.plan.domain.AnnualPlan;
import vn.chibo.plan.domain.PlanTopic;
import vn.chibo.plan.domain.PlanTopicRepository;
import vn.chibo.plan.domain.RotationEngine;

/**
 * Fair presenter rotation for a plan: proposals with reasons (for one topic or the whole year), applying
 * them as the secretary decides (accept, override, swap), and the fairness report.
 */
@Service
@Transactional
public class RotationService {

    /** One decided assignment: the topic (at the version shown), presenter and mentor. */
    public record Assignment(
            long topicId,
            long topicVersion,
            @Nullable Long presenterId,
            @Nullable Long mentorId,
            Decision decision) {}

    private final PlanService planService;
    private final PlanTopicRepository topics;
    private final MemberService members;

    RotationService(PlanService planService, PlanTopicRepository topics, MemberService members) {
        this.planService = planService;
        this.topics = topics;
        this.members = members;
    }

    /** Proposals for every topic of the plan that has no presenter yet ("fill the whole year"). */
    @PreAuthorize("@planAccess.canManagePlan(#planId)")
    @Transactional(readOnly = true)
    public List<ProposalRow> proposeAll(long planId) {
        AnnualPlan plan = planService.load(planId);
        List<PlanTopic> all = topics.findByPlan(planId);
        List<PlanTopic> open =
                all.stream().filter(t -> t.getPresenter() == null).toList();
        return propose(plan, open, all);
    }

    /** A proposal for one topic, as if it had no presenter. */
    @PreAuthorize("@planAccess.canManageTopic(#topicId)")
    @Transactional(readOnly = true)
    public ProposalRow proposeFor(long topicId) {
        PlanTopic topic = planService.loadTopic(topicId);
        List<PlanTopic> others = topics.findByPlan(topic.getPlan().requireId()).stream()
                .filter(t -> !t.getId().equals(topic.getId()))
                .toList();
        return propose(topic.getPlan(), List.of(topic), others).getFirst();
    }

    /**
     * A proposal for a topic not saved yet (the add-topic dialog), from what has been typed: its month, title,
     * keywords and category. The plan's topics count as they stand.
     */
    @PreAuthorize("@planAccess.canManagePlan(#planId)")
    @Transactional(readOnly = true)
    public ProposalRow proposeForNew(
            long planId, int month, String title, List<String> keywords, @Nullable Long categoryId) {
        AnnualPlan plan = planService.load(planId);
        List<String> words = new ArrayList<>(keywords);
        if (categoryId != null) {
            planService.categories().stream()
                    .filter(c -> categoryId.equals(c.getId()))
                    .findFirst()
                    .ifPresent(c -> words.addAll(c.getKeywords()));
        }
        RotationEngine.Slot slot = new RotationEngine.Slot(
                NEW_TOPIC, YearMonth.of(plan.getYear(), month), title == null ? "" : title, words);
        List<MemberSummary> cellMembers = members.summaries(plan.getCell().requireId());
        RotationEngine.Proposal p =
                run(plan, cellMembers, List.of(slot), topics.findByPlan(planId)).getFirst();
        Map<Long, String> names = names(cellMembers);
        return new ProposalRow(
                NEW_TOPIC,
                0,
                slot.title(),
                month,
                p.presenterId(),
                p.presenterId() == null ? null : names.get(p.presenterId()),
                p.mentorId(),
                p.mentorId() == null ? null : names.get(p.mentorId()),
                p.reasons(),
                p.ranking());
    }

    /** The id a topic not saved yet goes by in a proposal. */
    static final long NEW_TOPIC = 0;

    /** Saves the secretary's decisions, all or none; each records who decided and how. */
    @PreAuthorize("@planAccess.canManagePlan(#planId)")
    public int apply(long planId, List<Assignment> assignments) {
        int changed = 0;
        for (Assignment a : assignments) {
            PlanTopic topic = planService.loadTopic(a.topicId());
            if (!topic.getPlan().getId().equals(planId)) {
                throw new BusinessException("plan.error.topicNotInPlan");
            }
            if (topic.getVersion() != a.topicVersion()) {
                throw new ConcurrentEditException();
            }
            Long before =
                    topic.getPresenter() == null ? null : topic.getPresenter().getId();
            planService.assignChecked(
                    topic,
                    a.presenterId(),
                    a.mentorId(),
                    Message.of("rotation.decision." + a.decision().name()));
            if (!Objects.equals(before, a.presenterId())) {
                changed++;
            }
        }
        return changed;
    }

    /** Swaps the presenters (and mentors) of two topics of the same plan. */
    @PreAuthorize("@planAccess.canManageTopic(#topicA) and @planAccess.canManageTopic(#topicB)")
    public void swap(long topicA, long versionA, long topicB, long versionB) {
        PlanTopic a = planService.loadTopic(topicA);
        PlanTopic b = planService.loadTopic(topicB);
        if (a.getVersion() != versionA || b.getVersion() != versionB) {
            throw new ConcurrentEditException();
        }
        if (!a.getPlan().getId().equals(b.getPlan().getId())) {
            throw new BusinessException("plan.error.topicNotInPlan");
        }
        Long presenterA = a.getPresenter() == null ? null : a.getPresenter().getId();
        Long mentorA = a.getMentor() == null ? null : a.getMentor().getId();
        Long presenterB = b.getPresenter() == null ? null : b.getPresenter().getId();
        Long mentorB = b.getMentor() == null ? null : b.getMentor().getId();
        planService.assignChecked(a, presenterB, mentorB, Message.of("rotation.decision.swappedWith", b.getTitle()));
        planService.assignChecked(b, presenterA, mentorA, Message.of("rotation.decision.swappedWith", a.getTitle()));
    }

    /** Presentations per member for {@code year} and the three years before it. */
    @PreAuthorize("@access.canReadCell(#cellId)")
    @Transactional(readOnly = true)
    public FairnessReport fairness(long cellId, int year) {
        List<Integer> years = List.of(year - 3, year - 2, year - 1, year);
        Map<Long, Map<Integer, Integer>> counts = new HashMap<>();
        for (PlanTopic t : topics.findPresentedInYears(cellId, year - 3, year)) {
            counts.computeIfAbsent(t.getPresenter().requireId(), k -> new HashMap<>())
                    .merge(t.getPlan().getYear(), 1, Integer::sum);
        }
        List<FairnessReport.Row> rows = new ArrayList<>();
        for (MemberSummary m : members.summaries(cellId)) {
            Map<Integer, Integer> perYear = new LinkedHashMap<>();
            years.forEach(
                    y -> perYear.put(y, counts.getOrDefault(m.id(), Map.of()).getOrDefault(y, 0)));
            rows.add(new FairnessReport.Row(m.id(), m.fullName(), m.isProbationary(), perYear));
        }
        return new FairnessReport(year, years, rows);
    }

    private List<ProposalRow> propose(AnnualPlan plan, List<PlanTopic> open, List<PlanTopic> assigned) {
        int year = plan.getYear();
        List<MemberSummary> cellMembers = members.summaries(plan.getCell().requireId());
        List<RotationEngine.Slot> slots = open.stream()
                .map(t -> new RotationEngine.Slot(
                        t.requireId(), YearMonth.of(year, t.getTargetMonth()), t.getTitle(), keywords(t)))
                .toList();
        List<RotationEngine.Proposal> proposals = run(plan, cellMembers, slots, assigned);

        Map<Long, String> names = names(cellMembers);
        Map<Long, PlanTopic> byId = open.stream().collect(Collectors.toMap(PlanTopic::requireId, t -> t));
        return proposals.stream()
                .map(p -> {
                    PlanTopic t = byId.get(p.topicId());
                    return new ProposalRow(
                            t.requireId(),
                            t.getVersion(),
                            t.getTitle(),
                            t.getTargetMonth(),
                            p.presenterId(),
                            p.presenterId() == null ? null : names.get(p.presenterId()),
                            p.mentorId(),
                            p.mentorId() == null ? null : names.get(p.mentorId()),
                            p.reasons(),
                            p.ranking());
                })
                .toList();
    }

    private static Map<Long, String> names(List<MemberSummary> cellMembers) {
        return cellMembers.stream().collect(Collectors.toMap(MemberSummary::id, MemberSummary::fullName));
    }

    /** The engine on the cell's members, with the past years and the plan's assigned topics as history. */
    private List<RotationEngine.Proposal> run(
            AnnualPlan plan,
            List<MemberSummary> cellMembers,
            List<RotationEngine.Slot> slots,
            List<PlanTopic> assigned) {
        long cellId = plan.getCell().requireId();
        int year = plan.getYear();
        Map<Long, List<Absence>> absences =
                members.absences(cellId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                        .collect(Collectors.groupingBy(Absence::memberId));
        List<RotationEngine.Candidate> candidates = cellMembers.stream()
                .map(m -> new RotationEngine.Candidate(
                        m.id(),
                        m.fullName(),
                        m.isProbationary(),
                        m.strengths(),
                        unavailable(m, absences.getOrDefault(m.id(), List.of()))))
                .toList();

        List<RotationEngine.Presentation> history = new ArrayList<>();
        for (PlanTopic t : topics.findPresentedInYears(cellId, year - plan.getWindowYears(), year - 1)) {
            history.add(new RotationEngine.Presentation(
                    t.getPresenter().requireId(), YearMonth.of(t.getPlan().getYear(), t.getTargetMonth())));
        }
        for (PlanTopic t : assigned) {
            if (t.getPresenter() != null) {
                history.add(new RotationEngine.Presentation(
                        t.getPresenter().requireId(), YearMonth.of(year, t.getTargetMonth())));
            }
        }
        return RotationEngine.proposeAll(
                candidates,
                history,
                slots,
                new RotationEngine.Settings(
                        year, plan.getWindowYears(), plan.getMaxPerMember(), plan.isPairProbationary()));
    }

    /** Exemptions, leave, and the time before the member was admitted to the Party. */
    private static List<RotationEngine.Unavailable> unavailable(MemberSummary m, List<Absence> absences) {
        List<RotationEngine.Unavailable> away = new ArrayList<>();
        for (Absence a : absences) {
            away.add(new RotationEngine.Unavailable(
                    a.from(),
                    a.to(),
                    a.kind() == Absence.Kind.EXEMPTION ? "rotation.excluded.exempt" : "rotation.excluded.leave",
                    a.reason()));
        }
        if (m.admittedOn() != null) {
            away.add(new RotationEngine.Unavailable(
                    LocalDate.of(1900, 1, 1),
                    m.admittedOn().minusDays(1),
                    "rotation.excluded.notYetMember",
                    m.admittedOn().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
        }
        return away;
    }

    private static List<String> keywords(PlanTopic t) {
        List<String> words = new ArrayList<>(t.getKeywords());
        if (t.getCategory() != null) {
            words.addAll(t.getCategory().getKeywords());
        }
        return words;
    }
}
