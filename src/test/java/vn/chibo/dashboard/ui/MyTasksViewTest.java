package vn.chibo.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.draft.domain.DraftStatus;
import vn.chibo.draft.service.DraftService;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.plan.service.Decision;
import vn.chibo.plan.service.PlanService;
import vn.chibo.plan.service.TopicData;
import vn.chibo.plan.service.TopicRow;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.TestTime;

/** "Việc của tôi": a member's own topics with their dates. */
@DateSensitive
@ChiboSpringTest
class MyTasksViewTest extends SpringBrowserlessTest {

    @Autowired
    PlanService plans;

    @Autowired
    ScheduleService schedule;

    @Autowired
    DraftService drafts;

    @Autowired
    Demo demo;

    @Autowired
    DemoUsers users;

    @Test
    @WithUserDetails("dangvien")
    void aMemberSeesEveryTopicTheyPresent() {
        int year = TestTime.today().getYear();
        List<TopicRow> mine = plans.myTopics(year);
        assertThat(mine).as("the demo member presents December's topic").isNotEmpty();

        MyTasksView view = navigate(MyTasksView.class);

        assertThat(view.tasks())
                .extracting(MyTasksView.Task::what)
                .containsAll(mine.stream()
                        .map(t -> "Trình bày chuyên đề “" + t.title() + "”")
                        .toList());
        assertThat(view.tasks()).extracting(MyTasksView.Task::due).isSorted();
    }

    @Test
    @Transactional
    @WithUserDetails("dangvien")
    void aDraftPastItsDueDateAndNotHandedInReadsAsLate() {
        // a topic given to the member with no draft yet, its meeting tomorrow: the due date (a week before) has
        // passed while the meeting is still ahead — on any day of the year
        LocalDate tomorrow = TestTime.today().plusDays(1);
        long me = demo.member("Lê Thị Thu Hà");
        long topic = users.as("bithu", () -> {
            long plan = plans.find(demo.primarySchool(), tomorrow.getYear())
                    .orElseThrow()
                    .id();
            TopicData data = new TopicData();
            data.setTitle("Chuyên đề thêm cho kiểm thử hạn nộp");
            data.setTargetMonth(tomorrow.getMonthValue());
            long id = plans.addTopicAndAssign(plan, data, me, null, Decision.OVERRIDDEN)
                    .id();
            schedule.add(demo.primarySchool(), MeetingType.THEMATIC, tomorrow.atTime(7, 0), 120, null, id);
            return id;
        });
        assertThat(drafts.details(topic).progress().status()).isEqualTo(DraftStatus.NOT_STARTED);

        navigate(MyTasksView.class);

        Div row = $(Div.class).withClassName("task-row").all().stream()
                .filter(r -> r.getElement().getTextRecursively().contains("Nộp dự thảo")
                        && r.getElement().getTextRecursively().contains("Chuyên đề thêm cho kiểm thử hạn nộp"))
                .findFirst()
                .orElseThrow();
        assertThat(row.getChildren().filter(c -> c instanceof Span).map(c -> ((Span) c).getText()))
                .contains("Trễ hạn");
        assertThat(row.getChildren()
                        .filter(c -> c instanceof Span s && s.getText().equals("Trễ hạn"))
                        .findFirst()
                        .orElseThrow()
                        .getElement()
                        .getClassList())
                .contains("pill-error");
    }
}
