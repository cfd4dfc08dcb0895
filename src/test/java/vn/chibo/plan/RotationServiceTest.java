package vn.chibo.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.plan.service.Decision;
import vn.chibo.plan.service.FairnessReport;
import vn.chibo.plan.service.PlanService;
import vn.chibo.plan.service.ProposalRow;
import vn.chibo.plan.service.RotationService;
import vn.chibo.plan.service.TopicRow;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.TestTime;

/** "Fill the whole year" for the demo cell's next-year draft, as a secretary would do it. */
@DateSensitive
@ChiboSpringTest
@Transactional
class RotationServiceTest {

    @Autowired
    RotationService rotation;

    @Autowired
    PlanService plans;

    @Autowired
    DemoUsers users;

    @Autowired
    Demo demo;

    int year = TestTime.today().getYear();
    long planId;

    @BeforeEach
    void secretary() {
        users.login("bithu");
        planId = plans.find(demo.primarySchool(), year + 1).orElseThrow().id();
    }

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void everyOpenTopicGetsAPresenterWithReasonsAndNobodyExemptedIsProposed() {
        List<ProposalRow> proposals = rotation.proposeAll(planId);
        assertThat(proposals)
                .hasSize(8)
                .allMatch(p -> p.presenterId() != null)
                .allMatch(p -> !p.reasons().isEmpty());
        long son = demo.member("Nguyễn Văn Sơn");
        // Nguyễn Văn Sơn is exempted until the end of the 4th month from now: never in January/February
        assertThat(proposals).filteredOn(p -> p.month() <= 2).noneMatch(p -> p.presenterId() == son);
        Map<Long, Long> perMember =
                proposals.stream().collect(Collectors.groupingBy(ProposalRow::presenterId, Collectors.counting()));
        assertThat(perMember.values()).as("8 topics, 15 members: nobody twice").allMatch(n -> n == 1);
    }

    @Test
    void acceptingSavesThePresentersWithWhoDecidedAndHow() {
        List<ProposalRow> proposals = rotation.proposeAll(planId);
        List<RotationService.Assignment> decisions = proposals.stream()
                .map(p -> new RotationService.Assignment(
                        p.topicId(), p.topicVersion(), p.presenterId(), p.mentorId(), Decision.ACCEPTED))
                .toList();
        assertThat(rotation.apply(planId, decisions)).isEqualTo(8);
        List<TopicRow> topics = plans.topics(planId);
        assertThat(topics)
                .allMatch(TopicRow::hasPresenter)
                .allMatch(t -> "bithu".equals(t.assignedBy()))
                .allMatch(t -> "Chấp nhận đề xuất của hệ thống".equals(t.assignmentNote()));
        assertThat(rotation.proposeAll(planId)).as("nothing left open").isEmpty();
    }

    @Test
    void swappingExchangesPresentersAndSaysSo() {
        List<ProposalRow> proposals = rotation.proposeAll(planId);
        rotation.apply(
                planId,
                proposals.stream()
                        .map(p -> new RotationService.Assignment(
                                p.topicId(), p.topicVersion(), p.presenterId(), p.mentorId(), Decision.ACCEPTED))
                        .toList());
        List<TopicRow> topics = plans.topics(planId);
        TopicRow a = topics.get(0);
        TopicRow b = topics.get(1);
        rotation.swap(a.id(), a.version(), b.id(), b.version());
        List<TopicRow> after = plans.topics(planId);
        assertThat(after.get(0).presenterId()).isEqualTo(b.presenterId());
        assertThat(after.get(1).presenterId()).isEqualTo(a.presenterId());
        assertThat(after.get(0).assignmentNote()).contains(b.title());
    }

    @Test
    void aSingleProposalExplainsTheChoiceAndRanksTheOthers() {
        TopicRow topic = plans.topics(planId).getFirst();
        ProposalRow p = rotation.proposeFor(topic.id());
        assertThat(p.presenterId()).isNotNull();
        assertThat(p.ranking()).hasSize(15);
        assertThat(p.alternatives(3)).hasSize(3).noneMatch(r -> r.memberId() == p.presenterId());
        assertThat(p.reasons()).extracting(r -> r.key()).contains("rotation.reason.available");
    }

    @Test
    void theFairnessReportCountsPresentationsPerYear() {
        FairnessReport report = rotation.fairness(demo.primarySchool(), year);
        assertThat(report.years()).containsExactly(year - 3, year - 2, year - 1, year);
        assertThat(report.rows()).hasSize(15);
        int total = report.rows().stream().mapToInt(FairnessReport.Row::total).sum();
        assertThat(total).as("8 topics a year for 4 years").isEqualTo(32);
        assertThat(report.rows().stream().mapToInt(r -> r.in(year)).sum()).isEqualTo(8);
        assertThat(report.rows().stream().mapToInt(r -> r.in(year)).max().orElseThrow())
                .isLessThanOrEqualTo(1);
    }
}
