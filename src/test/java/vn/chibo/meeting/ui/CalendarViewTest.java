package vn.chibo.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.TestTime;

/** The meeting calendar without a browser. */
@DateSensitive
@ChiboSpringTest
@Transactional
class CalendarViewTest extends SpringBrowserlessTest {

    final LocalDate today = TestTime.today();

    @Test
    @WithUserDetails("bithu")
    void theMonthShowsTheRegularMeetingAndTheSecretaryCanManageIt() {
        navigate("calendar/" + today.getYear() + "/" + today.getMonthValue(), CalendarView.class);
        assertThat($(Div.class).withClassName("meeting-chip").withClassName("regular").all().stream()
                .filter(chip -> !((HasStyle) chip.getParent().orElseThrow()).hasClassName("other-month")))
                .as("one regular meeting this month").hasSize(1);
        assertThat($(Button.class).withText("Quy tắc lịch").all()).hasSize(1);

        test($(Div.class).withClassName("meeting-chip").first()).click();
        assertThat($(MeetingDialog.class).all()).hasSize(1);
    }

    @Test
    @WithUserDetails("dangvien")
    void aMemberSeesTheMeetingsButNoManagementButtons() {
        navigate("calendar/" + today.getYear() + "/" + today.getMonthValue(), CalendarView.class);
        assertThat($(Div.class).withClassName("meeting-chip").all()).isNotEmpty();
        assertThat($(Button.class).withText("Quy tắc lịch").all()).isEmpty();
        assertThat($(Button.class).withText("Đăng ký lịch cá nhân").all()).hasSize(1);
    }
}
