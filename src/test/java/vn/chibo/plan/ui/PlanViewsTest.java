package vn.chibo.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.service.MemberSummary;
import vn.chibo.plan.domain.PlanStatus;
import vn.chibo.plan.service.PlanService;
import vn.chibo.plan.service.RotationService;
import vn.chibo.plan.service.TopicRow;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.Demo;
import vn.chibo.support.TestTime;

/** The plan, rotation and fairness pages without a browser, as the secretary and as a member. */
@DateSensitive
@ChiboSpringTest
@Transactional
class PlanViewsTest extends SpringBrowserlessTest {

    @Autowired
    PlanService plans;

    @Autowired
    RotationService rotation;

    @Autowired
    Demo demo;

    final int year = TestTime.today().getYear();

    @Test
    @WithUserDetails("bithu")
    void secretaryFillsNextYearWithPresentersInOneStep() {
        navigate("plan/" + (year + 1), PlanView.class);
        test($(Button.class).withText("Phân công cả năm").single()).click();
        RotationDialog dialog = $(RotationDialog.class).single();
        @SuppressWarnings("unchecked")
        Grid<?> proposals = $(Grid.class, dialog).single();
        assertThat(test(proposals).size()).isEqualTo(8);

        test($(Button.class, dialog).withText("Lưu phân công").single()).click();

        assertThat($(RotationDialog.class).all()).isEmpty();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Đã phân công 8 chuyên đề.");
        List<TopicRow> topics = plans.topics(
                plans.find(demo.primarySchool(), year + 1).orElseThrow().id());
        assertThat(topics).hasSize(8).allMatch(TopicRow::hasPresenter);
        assertThat(topics).allSatisfy(t -> assertThat(t.assignedBy()).isEqualTo("bithu"));
        assertThat(topics.stream().map(TopicRow::presenterId).distinct())
                .as("eight different presenters")
                .hasSize(8);
    }

    @Test
    @WithUserDetails("bithu")
    void aNewYearStartsFromLastYearsTopicsAndSaysSo() {
        navigate("plan/" + (year + 2), PlanView.class);
        assertThat($(H3.class).withText("Chưa có kế hoạch năm " + (year + 2)).all())
                .hasSize(1);
        test($(Button.class).withText("Sao chép chuyên đề năm " + (year + 1)).single())
                .click();

        @SuppressWarnings("unchecked")
        Grid<TopicRow> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(8);
        assertThat(test(grid).getRow(0).presenterId())
                .as("presenters are chosen again")
                .isNull();
        assertThat($(Button.class).withText("Duyệt kế hoạch").all()).hasSize(1);
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Đã tạo kế hoạch.");
    }

    @Test
    @WithUserDetails("dangvien")
    void aMemberReadsThePublishedPlanOnlyAndCannotEditIt() {
        navigate("plan/" + year, PlanView.class);
        @SuppressWarnings("unchecked")
        Grid<TopicRow> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(8);
        assertThat($(Button.class).withText("Thêm chuyên đề").all()).isEmpty();
        assertThat($(Button.class).withText("Phân công cả năm").all()).isEmpty();

        navigate("plan/" + (year + 1), PlanView.class);
        assertThat($(Grid.class).all()).as("next year's draft is not shown").isEmpty();
        assertThat($(H3.class).withText("Chưa có kế hoạch năm " + (year + 1)).all())
                .hasSize(1);
    }

    @Test
    @WithUserDetails("bithu")
    void theFairnessChartCountsPresentationsForFourYears() {
        FairnessView view = navigate("plan-fairness/" + year, FairnessView.class);
        Map<String, Object> config = view.chart().getConfig();
        assertThat(config).isNotNull();
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) config.get("data");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> datasets = (List<Map<String, Object>>) data.get("datasets");
        assertThat(datasets)
                .extracting(d -> d.get("label"))
                .containsExactly(
                        String.valueOf(year - 3),
                        String.valueOf(year - 2),
                        String.valueOf(year - 1),
                        String.valueOf(year));
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) data.get("labels");
        assertThat(labels).hasSize(15).contains("Phạm Thị Hoàn");
        int total = datasets.stream()
                .mapToInt(d -> ((List<?>) d.get("data"))
                        .stream().mapToInt(n -> ((Number) n).intValue()).sum())
                .sum();
        assertThat(total).as("8 topics a year over four years").isEqualTo(32);
        var report = rotation.fairness(demo.primarySchool(), year);
        assertThat($(Span.class).withClassName("tag").all())
                .as("members who have not presented yet")
                .extracting(Span::getText)
                .containsExactlyElementsOf(
                        report.notYetPresented().stream().map(r -> r.name()).toList());
    }

    @Test
    @WithUserDetails("bithu")
    void approvingAPlanWithTopicsNobodyPresentsAsksFirstAndSaysHowMany() {
        navigate("plan/" + (year + 1), PlanView.class);
        test($(Button.class).withText("Duyệt kế hoạch").single()).click();

        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(confirm.getElement().getProperty("message"))
                .startsWith("8 trong 8 chuyên đề chưa có người trình bày.");
        assertThat(plans.find(demo.primarySchool(), year + 1).orElseThrow().status())
                .as("nothing approved yet")
                .isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    @WithUserDetails("bithu")
    void theStatusLineNamesWhoApproved() {
        long planId = plans.find(demo.primarySchool(), year + 1).orElseThrow().id();
        plans.approve(planId, plans.get(planId).version());
        navigate("plan/" + (year + 1), PlanView.class);
        assertThat($(Span.class).all())
                .extracting(Span::getText)
                .anyMatch(t -> t.startsWith("Đã duyệt bởi Phạm Thị Hoàn lúc"))
                .noneMatch(t -> t.contains("bởi bithu"));
    }

    @Test
    @WithUserDetails("bithu")
    void aTopicIsAddedWithThePresenterTheRotationProposes() {
        long planId = plans.find(demo.primarySchool(), year + 1).orElseThrow().id();
        List<Integer> taken = plans.topics(planId).stream().map(TopicRow::month).toList();
        int firstFree = IntStream.rangeClosed(1, 12)
                .filter(m -> !taken.contains(m))
                .findFirst()
                .orElse(1);
        navigate("plan/" + (year + 1), PlanView.class);
        test($(Button.class).withText("Thêm chuyên đề").single()).click();
        TopicDialog dialog = $(TopicDialog.class).single();
        assertThat($(Select.class, dialog).single().getValue())
                .as("the next month without a topic")
                .isEqualTo(firstFree);
        test($(TextArea.class, dialog).withCaption("Tên chuyên đề").single()).setValue("Chuyển đổi số trong dạy học");

        test($(Button.class, dialog).withText("Đề xuất người trình bày").single())
                .click();
        test($(Button.class, dialog).withText("Chọn đề xuất").single()).click();
        @SuppressWarnings("unchecked")
        ComboBox<MemberSummary> presenter =
                $(ComboBox.class, dialog).withCaption("Người trình bày").single();
        assertThat(presenter.getValue()).isNotNull();
        test($(Button.class, dialog).withText("Lưu").single()).click();

        assertThat(plans.topics(planId))
                .filteredOn(t -> t.title().equals("Chuyển đổi số trong dạy học"))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.presenterId()).isEqualTo(presenter.getValue().id());
                    assertThat(t.month()).isEqualTo(firstFree);
                });
    }
}
