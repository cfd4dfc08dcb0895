package vn.chibo.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.chibo.meeting.ui.CalendarView;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.TestTime;

/**
 * Every screen reads "today" from the one clock: run at the pinned moments (a New Year's night that is still 31
 * December in UTC among them), a screen that asked the machine instead would show another day.
 */
@DateSensitive
@ChiboSpringTest
class TodayOnEveryScreenTest extends SpringBrowserlessTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    @WithUserDetails("bithu")
    void theCalendarMarksTodayInTheMonthOfToday() {
        LocalDate today = TestTime.today();
        navigate(CalendarView.class);
        Div marked = $(Div.class).withClassName("today").single();
        assertThat(marked.getClassNames()).doesNotContain("other-month");
        assertThat($(Span.class)
                        .withClassName("day-number")
                        .from(marked)
                        .first()
                        .getText())
                .isEqualTo(String.valueOf(today.getDayOfMonth()));
        assertThat($(Span.class).all())
                .extracting(Span::getText)
                .anyMatch(t -> t.contains(String.valueOf(today.getYear()))
                        && t.contains(String.valueOf(today.getMonthValue())));
    }

    @Test
    @WithUserDetails("bithu")
    void theHomePageNextMeetingIsTodaysMeeting() {
        navigate(HomeView.class);
        // the demo holds this month's meeting today at 16:30
        assertThat($(Anchor.class).all())
                .extracting(Anchor::getText)
                .anyMatch(t -> t.contains(DAY.format(TestTime.today())) && t.startsWith("16:"));
    }

    @Test
    @WithUserDetails("dangvien")
    void theTasksCountTheDaysFromToday() {
        LocalDate today = TestTime.today();
        MyTasksView view = navigate(MyTasksView.class);
        MyTasksView.Task next = view.tasks().stream()
                .filter(t -> !t.done() && !t.due().isBefore(today))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("the demo member always has a task ahead: her draft in revision"));
        long days = ChronoUnit.DAYS.between(today, next.due());
        String expected = days == 0 ? "Hôm nay" : "Còn " + days + " ngày";
        assertThat($(Span.class).withClassName("pill-warning").all())
                .extracting(Span::getText)
                .containsExactly(expected);
    }
}
