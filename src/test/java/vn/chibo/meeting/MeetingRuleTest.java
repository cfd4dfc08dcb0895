package vn.chibo.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import vn.chibo.meeting.domain.MeetingRule;
import vn.chibo.organization.domain.OrganizationKind;
import vn.chibo.organization.domain.PartyOrganization;

class MeetingRuleTest {

    private final MeetingRule rule = new MeetingRule(
            new PartyOrganization(
                    new PartyOrganization(null, OrganizationKind.DANG_BO, "Đảng bộ", null),
                    OrganizationKind.CHI_BO,
                    "Chi bộ",
                    null),
            "bithu");

    @Test
    void aFixedDayOfTheMonthFallsBackToTheLastDayInShortMonths() {
        rule.everyDayOfMonth(5);
        assertThat(rule.dateIn(YearMonth.of(2026, 3))).isEqualTo(LocalDate.of(2026, 3, 5));
        rule.everyDayOfMonth(31);
        assertThat(rule.dateIn(YearMonth.of(2026, 2))).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(rule.dateIn(YearMonth.of(2028, 2))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(rule.dateIn(YearMonth.of(2026, 4))).isEqualTo(LocalDate.of(2026, 4, 30));
    }

    @Test
    void theNthWeekdayOfTheMonth() {
        rule.everyNthWeekday(1, DayOfWeek.TUESDAY);
        assertThat(rule.dateIn(YearMonth.of(2026, 12))).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(rule.dateIn(YearMonth.of(2027, 1))).isEqualTo(LocalDate.of(2027, 1, 5));
        rule.everyNthWeekday(-1, DayOfWeek.FRIDAY);
        assertThat(rule.dateIn(YearMonth.of(2026, 11))).isEqualTo(LocalDate.of(2026, 11, 27));
        rule.everyNthWeekday(3, DayOfWeek.MONDAY);
        assertThat(rule.dateIn(YearMonth.of(2026, 6))).isEqualTo(LocalDate.of(2026, 6, 15));
    }
}
