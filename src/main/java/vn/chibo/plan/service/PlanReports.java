package vn.chibo.plan.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.domain.NotFoundException;
import vn.chibo.plan.domain.AnnualPlan;
import vn.chibo.plan.domain.AnnualPlanRepository;
import vn.chibo.plan.domain.PlanTopic;
import vn.chibo.plan.domain.PlanTopicRepository;

/** What is said about a plan without changing it: how it stands against the rules (the plan page, the dashboard). */
@Service
@Transactional(readOnly = true)
public class PlanReports {

    private final AnnualPlanRepository plans;
    private final PlanTopicRepository topics;
    private final ObjectProvider<MeetingCalendar> calendar;

    PlanReports(AnnualPlanRepository plans, PlanTopicRepository topics, ObjectProvider<MeetingCalendar> calendar) {
        this.plans = plans;
        this.topics = topics;
        this.calendar = calendar;
    }

    /** The plan against the rules: thematic topics per quarter, regular meetings per month on the calendar. */
    @PreAuthorize("@planAccess.canReadPlan(#planId)")
    public PlanCompliance compliance(long planId) {
        AnnualPlan plan = plans.findById(planId).orElseThrow(() -> new NotFoundException("plan", planId));
        List<Integer> perQuarter = new ArrayList<>(List.of(0, 0, 0, 0));
        for (PlanTopic t : topics.findByPlan(planId)) {
            perQuarter.set(t.getQuarter() - 1, perQuarter.get(t.getQuarter() - 1) + 1);
        }
        MeetingCalendar meetings = calendar.getIfAvailable();
        Map<Integer, Integer> regular = meetings == null
                ? Map.of()
                : meetings.regularMeetingsPerMonth(plan.getCell().requireId(), plan.getYear());
        List<Integer> perMonth = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            perMonth.add(regular.getOrDefault(m, 0));
        }
        return new PlanCompliance(plan.getMinThematicPerQuarter(), perQuarter, perMonth);
    }
}
