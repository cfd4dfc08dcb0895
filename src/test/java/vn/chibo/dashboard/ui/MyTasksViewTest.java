package vn.chibo.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.chibo.plan.service.PlanService;
import vn.chibo.plan.service.TopicRow;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.TestTime;

/** "Việc của tôi": a member's own topics with their dates. */
@DateSensitive
@ChiboSpringTest
class MyTasksViewTest extends SpringBrowserlessTest {

    @Autowired
    PlanService plans;

    @Test
    @WithUserDetails("dangvien")
    void aMemberSeesEveryTopicTheyPresent() {
        int year = TestTime.today().getYear();
        List<TopicRow> mine = plans.myTopics(year);
        assertThat(mine).as("the demo member presents December's topic").isNotEmpty();

        MyTasksView view = navigate(MyTasksView.class);

        assertThat(view.tasks()).extracting(MyTasksView.Task::what)
                .containsAll(mine.stream().map(t -> "Trình bày chuyên đề “" + t.title() + "”").toList());
        assertThat(view.tasks()).extracting(MyTasksView.Task::due).isSorted();
    }
}
