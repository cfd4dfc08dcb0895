package vn.chibo.minutes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.minutes.service.CommendationRow;
import vn.chibo.minutes.service.CommendationService;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.Demo;
import vn.chibo.support.TestTime;

/** The paper's form record: without a day nothing is numbered, and the field says what is missing. */
@ChiboSpringTest
@Transactional
class IssuePaperFormTest extends SpringBrowserlessTest {

    @Autowired
    CommendationService commendations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    Demo demo;

    @Test
    @WithUserDetails("bithu")
    void aPaperNeedsItsDay() {
        CommendationRow row = commendations
                .rollOfHonour(demo.primarySchool(), TestTime.year() - 1)
                .getFirst();
        int before = entries();
        IssuePaperDialog dialog = new IssuePaperDialog(commendations, clock, row, n -> {});
        dialog.open();
        DatePicker day = $(DatePicker.class, dialog).single();
        day.clear();

        dialog.save();

        assertThat(day.isInvalid()).isTrue();
        assertThat(day.getErrorMessage()).isEqualTo("Vui lòng chọn ngày ban hành.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(entries()).isEqualTo(before);
    }

    private int entries() {
        return jdbc.queryForObject("select count(*) from register_entry", Integer.class);
    }
}
