package vn.chibo.minutes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.ui.Formats;
import vn.chibo.minutes.service.CommendationRow;
import vn.chibo.minutes.service.CommendationService;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.Demo;
import vn.chibo.support.TestTime;

/** The roll of honour issues a paper on the day the secretary sets and then shows its number; a member only reads. */
@ChiboSpringTest
@Transactional
class HonourPapersTest extends SpringBrowserlessTest {

    @Autowired
    CommendationService commendations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Demo demo;

    final int year = TestTime.year() - 1;

    /** Takes back the number of last year's first paper: it is not issued yet. */
    private long unissued() {
        long id = jdbc.queryForObject("""
                select min(c.id) from commendation c where c.cell_id = ? and extract(year from c.awarded_on) = ?""", Long.class, demo.primarySchool(), year);
        jdbc.update("delete from register_entry where subject_type = 'Commendation' and subject_id = ?", id);
        return id;
    }

    @SuppressWarnings("unchecked")
    private Grid<CommendationRow> grid() {
        return $(Grid.class).single();
    }

    /** The paper's cell of the commendation's row (grid cells are rendered on demand, not part of the page). */
    private Component paper(long id) {
        var grid = test(grid());
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).id() == id) {
                return grid.getCellComponent(i, 4);
            }
        }
        throw new AssertionError("no row for commendation " + id);
    }

    @Test
    @WithUserDetails("bithu")
    void theSecretaryIssuesAPaperOnTheDaySheSetsAndTheRowShowsItsNumber() {
        long id = unissued();
        LocalDate awarded =
                jdbc.queryForObject("select awarded_on from commendation where id = ?", LocalDate.class, id);
        LocalDate chosen = awarded.plusDays(2).isAfter(TestTime.today()) ? awarded : awarded.plusDays(2);
        navigate("honours/" + year, HonourRollView.class);
        Button issue = (Button) paper(id);
        assertThat(issue.getText()).isEqualTo("Ban hành…");
        ComponentUtil.fireEvent(issue, new ClickEvent<>(issue));
        DatePicker day = $(DatePicker.class).withCaption("Ngày ban hành").single();
        assertThat(day.getMin()).as("not before the meeting").isEqualTo(awarded);
        assertThat(day.getMax()).isEqualTo(TestTime.today());
        test(day).setValue(chosen);
        test($(Button.class).withText("Cấp số và ban hành").single()).click();

        var number = commendations.numbers(demo.primarySchool(), List.of(id)).get(id);
        assertThat(number.issuedOn()).isEqualTo(chosen);
        Div shown = (Div) paper(id);
        assertThat(shown.getChildren()
                        .findFirst()
                        .map(c -> ((Span) c).getText())
                        .orElseThrow())
                .isEqualTo(number.printed() + ", ngày " + Formats.date(chosen));
    }

    @Test
    @WithUserDetails("dangvien")
    void aMemberSeesAPaperNotYetIssuedAsSuchAndCannotIssueIt() {
        long id = unissued();
        navigate("honours/" + year, HonourRollView.class);
        assertThat(paper(id))
                .isInstanceOfSatisfying(Span.class, s -> assertThat(s.getText()).isEqualTo("Chưa ban hành"));
    }
}
