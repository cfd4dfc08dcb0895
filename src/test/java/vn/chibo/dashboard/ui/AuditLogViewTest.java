package vn.chibo.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.service.AuditService;
import vn.chibo.base.ui.Formats;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.Demo;
import vn.chibo.support.TodaysMeeting;

/** The change log reads as sentences: no action codes, no status codes, no ISO times, people by their names. */
@DateSensitive
@ChiboSpringTest
@Transactional
class AuditLogViewTest extends SpringBrowserlessTest {

    @Autowired
    TodaysMeeting todaysMeeting;

    @Autowired
    Demo demo;

    @Test
    @WithUserDetails("bithu")
    void actionsStatusesTimesAndPeopleAreShownInWords() {
        long absent = demo.member("Đỗ Văn Tuấn");
        // The meeting is set for 07:00, or for the current minute before 07:00 (a run after midnight).
        LocalDateTime scheduled =
                todaysMeeting.startedWithAllPresentBut(absent).meeting().scheduledAt();
        AuditLogView view = navigate(AuditLogView.class);
        assertThat(view.entries()).isNotEmpty();
        for (AuditService.Entry e : view.entries()) {
            String what = e.action() + " " + e.details();
            assertThat(view.label(e.action()))
                    .as(what)
                    .isNotEqualTo(e.action())
                    .doesNotStartWith("!")
                    .doesNotContainPattern("[A-Z]{2,}_[A-Z]");
            assertThat(view.details(e))
                    .as(what)
                    .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}")
                    .doesNotContainPattern("\\b(PRESENT|EXCUSED|UNEXCUSED|LATE|SECRETARY|MEMBER)\\b");
            assertThat(view.actor(e)).as(what).isNotIn("bithu", "dangvien", "phobithu", "system");
        }
        Map<String, AuditService.Entry> latest = new HashMap<>();
        view.entries().forEach(e -> latest.putIfAbsent(e.action(), e));
        assertThat(view.label("ROLL_CALL")).isEqualTo("Kiểm diện");
        assertThat(view.label("EXPORT_MINUTES")).isEqualTo("Tải biên bản (Word)");
        assertThat(view.label("THEMATIC_SCHEDULED")).isEqualTo("Xếp lịch sinh hoạt chuyên đề theo kế hoạch");
        assertThat(view.entries())
                .filteredOn(e -> e.action().equals("ROLL_CALL"))
                .extracting(view::details)
                .contains("Đỗ Văn Tuấn: Vắng có lý do (Đi công tác)");
        assertThat(view.details(latest.get("MEETING_IN_PROGRESS"))).isEqualTo(Formats.dateTime(scheduled));
        assertThat(view.actor(latest.get("MEETING_IN_PROGRESS"))).isEqualTo("Phạm Thị Hoàn");
    }

    @Test
    void detailsWrittenLongAgoAreReadToo() {
        Map<String, String> people = Map.of("ngoc.anh", "Hoàng Thị Ngọc Ánh");
        UnaryOperator<String> vi = key -> switch (key) {
            case "enum.Role.MEMBER" -> "Đảng viên";
            case "enum.Role.SECRETARY" -> "Bí thư / phó bí thư";
            default -> "!" + key;
        };
        assertThat(AuditDetails.render("ROLE_CHANGED", "ngoc.anh: MEMBER -> SECRETARY", vi, people))
                .isEqualTo("Hoàng Thị Ngọc Ánh: Đảng viên → Bí thư / phó bí thư");
        assertThat(AuditDetails.render("ACCOUNT_CREATED", "ngoc.anh role=MEMBER", vi, people))
                .isEqualTo("Hoàng Thị Ngọc Ánh · Đảng viên");
        assertThat(AuditDetails.render(
                        "MEETING_POSTPONED", "2026-12-01T16:30 -> 2026-12-08T16:30: Mưa bão", vi, people))
                .isEqualTo("01/12/2026 16:30 → 08/12/2026 16:30: Mưa bão");
        assertThat(AuditDetails.render("EXEMPTION_ADDED", "Ốm 2026-01-05..2026-03-31", vi, people))
                .isEqualTo("Ốm 05/01/2026..31/03/2026");
        // an instant (UTC) is shown in Vietnam time
        assertThat(AuditDetails.render("X", "2026-12-01T09:30:00Z", vi, people)).isEqualTo("01/12/2026 16:30");
        assertThat(AuditDetails.render("PLAN_CREATED", "2027", vi, people)).isEqualTo("2027");
        UnaryOperator<String> rules = key -> switch (key) {
            case "rule.kind.NTH_WEEKDAY" -> "Thứ … của tuần thứ …";
            case "weekday.long.2" -> "Thứ ba";
            default -> "!" + key;
        };
        assertThat(AuditDetails.render("MEETING_RULE_SAVED", "NTH_WEEKDAY null/1/TUESDAY 16:30", rules, people))
                .isEqualTo("Thứ … của tuần thứ … –/1/Thứ ba 16:30");
    }
}
