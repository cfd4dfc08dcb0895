package vn.chibo.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.domain.ConcurrentEditException;
import vn.chibo.notification.domain.NotificationRepository;
import vn.chibo.plan.domain.PlanStatus;
import vn.chibo.plan.service.Decision;
import vn.chibo.plan.service.PlanCompliance;
import vn.chibo.plan.service.PlanReports;
import vn.chibo.plan.service.PlanService;
import vn.chibo.plan.service.PlanSummary;
import vn.chibo.plan.service.ProposalRow;
import vn.chibo.plan.service.RotationService;
import vn.chibo.plan.service.TopicData;
import vn.chibo.plan.service.TopicLibraryService;
import vn.chibo.plan.service.TopicRow;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.TestTime;

@DateSensitive
@ChiboSpringTest
@Transactional
class PlanServiceTest {

    @Autowired
    PlanService plans;

    @Autowired
    PlanReports reports;

    @Autowired
    TopicLibraryService library;

    @Autowired
    RotationService rotation;

    @Autowired
    NotificationRepository notifications;

    @Autowired
    DemoUsers users;

    @Autowired
    Demo demo;

    int year = TestTime.today().getYear();
    long cell;

    @BeforeEach
    void secretary() {
        cell = demo.primarySchool();
        users.login("bithu");
    }

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void theDemoCellHasAPublishedPlanForThisYearAndPastYearsAndADraftForNextYear() {
        assertThat(plans.years(cell)).containsExactly(year - 3, year - 2, year - 1, year, year + 1);
        PlanSummary current = plans.find(cell, year).orElseThrow();
        assertThat(current.status()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(plans.topics(current.id())).hasSize(8).allMatch(TopicRow::hasPresenter);
        PlanSummary next = plans.find(cell, year + 1).orElseThrow();
        assertThat(next.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plans.topics(next.id())).hasSize(8).noneMatch(TopicRow::hasPresenter);
    }

    @Test
    void membersSeeOnlyPublishedPlans() {
        users.login("dangvien");
        assertThat(plans.find(cell, year)).isPresent();
        assertThat(plans.find(cell, year + 1)).as("next year's draft").isEmpty();
        long draftId =
                users.as("bithu", () -> plans.find(cell, year + 1).orElseThrow().id());
        assertThatThrownBy(() -> plans.topics(draftId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyTheCellsSecretaryChangesItsPlan() {
        long draftId = plans.find(cell, year + 1).orElseThrow().id();
        TopicData d = new TopicData();
        d.setTitle("Chuyên đề thêm");
        d.setTargetMonth(6);
        users.login("dangvien");
        assertThatThrownBy(() -> plans.addTopic(draftId, d)).isInstanceOf(AccessDeniedException.class);
        users.login("bithu.thcs");
        assertThatThrownBy(() -> plans.addTopic(draftId, d)).isInstanceOf(AccessDeniedException.class);
        users.login("danguy");
        assertThatThrownBy(() -> plans.addTopic(draftId, d)).isInstanceOf(AccessDeniedException.class);
        assertThat(plans.topics(draftId)).as("the committee reads").hasSize(8);
        users.login("bithu");
        assertThat(plans.addTopic(draftId, d).title()).isEqualTo("Chuyên đề thêm");
    }

    @Test
    void aPlanGoesFromDraftToApprovedToPublishedAndPresentersAreTold() {
        long memberId = demo.member("Lê Thị Thu Hà");
        PlanSummary next = plans.find(cell, year + 1).orElseThrow();
        TopicRow first = plans.topics(next.id()).getFirst();
        plans.assign(first.id(), first.version(), memberId, null, Decision.OVERRIDDEN);
        long before = notifications.countByMemberIdAndReadAtIsNull(memberId);

        next = plans.approve(next.id(), plans.get(next.id()).version());
        assertThat(next.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(next.approvedBy()).as("the person, not the log-in").isEqualTo("Phạm Thị Hoàn");
        next = plans.publish(next.id(), next.version());
        assertThat(next.status()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(plans.get(next.id()).publishedBy()).isEqualTo("Phạm Thị Hoàn");
        assertThat(notifications.countByMemberIdAndReadAtIsNull(memberId)).isEqualTo(before + 1);
    }

    @Test
    void changesAfterPublicationAreRecordedWithWhoAndWhat() {
        PlanSummary current = plans.find(cell, year).orElseThrow();
        TopicRow topic = plans.topics(current.id()).getLast();
        int before = plans.changes(current.id()).size();
        TopicData d = TopicData.existing(topic.id(), topic.version());
        d.setTitle(topic.title());
        d.setTargetMonth(11);
        plans.updateTopic(topic.id(), d);

        var changes = plans.changes(current.id());
        assertThat(changes).hasSize(before + 1);
        assertThat(changes.getFirst().getChangedBy()).isEqualTo("bithu");
        assertThat(changes.getFirst().getDescription()).contains("tháng 12").contains("tháng 11");
        assertThat(notifications.findByMemberIdAndReadAtIsNull(topic.presenterId()))
                .anyMatch(n -> n.getTitle().contains("chuyển sang tháng 11"));
    }

    @Test
    void aStaleTopicFormIsRefused() {
        long draftId = plans.find(cell, year + 1).orElseThrow().id();
        TopicRow topic = plans.topics(draftId).getFirst();
        TopicData first = TopicData.existing(topic.id(), topic.version());
        first.setTitle("Tên mới");
        first.setTargetMonth(topic.month());
        plans.updateTopic(topic.id(), first);
        TopicData second = TopicData.existing(topic.id(), topic.version());
        second.setTitle("Tên khác");
        second.setTargetMonth(topic.month());
        assertThatThrownBy(() -> plans.updateTopic(topic.id(), second)).isInstanceOf(ConcurrentEditException.class);
        assertThat(plans.topics(draftId).getFirst().title()).isEqualTo("Tên mới");
    }

    @Test
    void complianceFlagsEmptyQuartersAndMonthsWithoutRegularMeetings() {
        PlanCompliance current =
                reports.compliance(plans.find(cell, year).orElseThrow().id());
        assertThat(current.quartersMissing()).isEmpty();
        assertThat(current.monthsWithoutRegularMeeting()).isEmpty();
        assertThat(current.ok()).isTrue();

        long draftId = plans.find(cell, year + 1).orElseThrow().id();
        plans.topics(draftId).stream()
                .filter(t -> t.quarter() == 3)
                .forEach(t -> plans.deleteTopic(t.id(), t.version()));
        PlanCompliance next = reports.compliance(draftId);
        assertThat(next.quartersMissing()).containsExactly(3);
        assertThat(next.monthsWithoutRegularMeeting())
                .as("next year's calendar is empty")
                .hasSize(12);
    }

    @Test
    void aPlanStartsFromTheCommitteesLibrary() {
        assertThat(library.availableTo(cell, year + 1)).hasSize(3);
        long draftId = plans.find(cell, year + 1).orElseThrow().id();
        int added = library.addToPlan(
                draftId,
                library.availableTo(cell, year + 1).stream().map(i -> i.getId()).toList());
        assertThat(added).isEqualTo(3);
        assertThat(plans.topics(draftId))
                .hasSize(11)
                .anyMatch(t -> t.title().equals("Thực hiện dân chủ ở cơ sở")
                        && t.month() == 8
                        && t.notes().contains("Đảng bộ xã Ngọc Sơn"));
        users.login("bithu.hm");
        assertThatThrownBy(() -> library.availableTo(cell, year + 1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void copyingLastYearKeepsTopicsAndMonthsButNotPresenters() {
        users.login("bithu.thcs");
        long secondary = demo.secondarySchool();
        PlanSummary copy = plans.copyFrom(secondary, year + 1, year);
        List<TopicRow> topics = plans.topics(copy.id());
        assertThat(topics).hasSize(8).noneMatch(TopicRow::hasPresenter);
        assertThat(topics).extracting(TopicRow::month).containsExactly(2, 3, 4, 5, 8, 9, 10, 12);
        assertThatThrownBy(() -> plans.copyFrom(secondary, year + 1, year)).isInstanceOf(BusinessException.class);
    }

    @Test
    void onlyMembersOfTheCellCanPresent() {
        long draftId = plans.find(cell, year + 1).orElseThrow().id();
        TopicRow topic = plans.topics(draftId).getFirst();
        long foreign = demo.member("Lê Thị Thảo");
        assertThatThrownBy(() -> plans.assign(topic.id(), topic.version(), foreign, null, Decision.OVERRIDDEN))
                .isInstanceOf(Exception.class);
    }

    @Test
    void aTopicIsAddedWithItsPresenterInOneStepAsTheRotationProposes() {
        long draftId = plans.find(cell, year + 1).orElseThrow().id();
        TopicData d = new TopicData();
        d.setTitle("Chuyển đổi số trong dạy học");
        d.setTargetMonth(6);
        d.setKeywords(List.of("Chuyển đổi số"));
        ProposalRow p = rotation.proposeForNew(draftId, 6, d.getTitle(), d.getKeywords(), null);
        assertThat(p.presenterId()).isNotNull();
        assertThat(p.reasons()).isNotEmpty();

        TopicRow added = plans.addTopicAndAssign(draftId, d, p.presenterId(), p.mentorId(), Decision.ACCEPTED);

        assertThat(added.presenterId()).isEqualTo(p.presenterId());
        assertThat(plans.topics(draftId))
                .filteredOn(t -> t.id() == added.id())
                .singleElement()
                .satisfies(t -> assertThat(t.assignmentNote()).isEqualTo("Chấp nhận đề xuất của hệ thống"));
        TopicData open = new TopicData();
        open.setTitle("Không ai trình bày");
        open.setTargetMonth(7);
        assertThat(plans.addTopicAndAssign(draftId, open, null, null, Decision.OVERRIDDEN)
                        .presenterId())
                .isNull();
    }

    @Test
    void aNewTopicStartsInTheFirstMonthWithoutOne() {
        PlanSummary later = plans.create(cell, year + 2);
        assertThat(plans.suggestedMonth(later.id()))
                .as("an empty plan for a later year")
                .isEqualTo(1);
        for (int month : List.of(1, 2, 4)) {
            TopicData d = new TopicData();
            d.setTitle("Chuyên đề tháng " + month);
            d.setTargetMonth(month);
            plans.addTopic(later.id(), d);
        }
        assertThat(plans.suggestedMonth(later.id())).isEqualTo(3);

        // this year's plan: months already past are not offered
        long current = plans.find(cell, year).orElseThrow().id();
        int thisMonth = TestTime.today().getMonthValue();
        List<Integer> taken =
                plans.topics(current).stream().map(TopicRow::month).toList();
        int expected = IntStream.rangeClosed(thisMonth, 12)
                .filter(m -> !taken.contains(m))
                .findFirst()
                .orElse(thisMonth);
        assertThat(plans.suggestedMonth(current)).isEqualTo(expected).isGreaterThanOrEqualTo(thisMonth);
    }
}
