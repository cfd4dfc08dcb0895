package vn.chibo.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import vn.chibo.dashboard.service.OversightLinks;
import vn.chibo.draft.service.DraftLinks;
import vn.chibo.minutes.service.MinutesLinks;
import vn.chibo.plan.service.PlanLinks;
import vn.chibo.support.ControllerMappings;

/** Every document address a feature's link builder makes is answered by the export that makes that document. */
class ExportLinksTest {

    private final ControllerMappings export = new ControllerMappings(
            ExportController.class, new ExportController(null, null, null, null, null, null, null, null));

    @Test
    void eachBuildersAddressReachesItsDocument() throws Exception {
        Map<String, String> expected = Map.ofEntries(
                Map.entry(MinutesLinks.minutesDocx(12), "minutes"),
                Map.entry(MinutesLinks.minutesVersionDocx(12, 0), "minutesVersion"),
                Map.entry(MinutesLinks.minutesVersionDocx(12, 3), "minutesVersion"),
                Map.entry(MinutesLinks.minutesBook(7, 2026), "book"),
                Map.entry(MinutesLinks.attendance(7, 2026), "attendance"),
                Map.entry(MinutesLinks.presentations(7, 2026), "presentations"),
                Map.entry(MinutesLinks.commendations(7, 2026), "commendationsXlsx"),
                Map.entry(MinutesLinks.certificate(41), "commendation"),
                Map.entry(MinutesLinks.template(), "minutesTemplate"),
                Map.entry(MinutesLinks.soTay(12), "soTay"),
                Map.entry(PlanLinks.planDocx(5), "planDocx"),
                Map.entry(PlanLinks.planXlsx(5), "planXlsx"),
                Map.entry(DraftLinks.versionDocx(9, 2), "draft"),
                Map.entry(OversightLinks.sheet(2026), "oversightXlsx"),
                Map.entry(OversightLinks.report(2026, false, "Phạm Thị Hoàn", null), "report"),
                Map.entry(OversightLinks.report(2026, true, "Lê Văn & Cộng sự", LocalDate.of(2026, 12, 1)), "report"));
        for (Map.Entry<String, String> e : expected.entrySet()) {
            assertThat(export.methodFor("GET", e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    @Test
    void anAddressNoBuilderMakesIsTheNotFoundAnswer() throws Exception {
        assertThat(export.methodFor("GET", "/export/meetings/abc/minutes.docx")).isEqualTo("unknown");
        assertThat(export.methodFor("GET", "/export/cells/7/minutes-book-99999.docx"))
                .isEqualTo("unknown");
    }

    @Test
    void theReportsAddressSaysWhoSignsAndTheDayAsTheControllerReadsThem() {
        MultiValueMap<String, String> deputy =
                query(OversightLinks.report(2026, true, "Lê Văn & Cộng sự", LocalDate.of(2026, 12, 1)));
        assertThat(deputy.getFirst("ky")).isEqualTo("pho-bi-thu");
        assertThat(URLDecoder.decode(deputy.getFirst("ten"), StandardCharsets.UTF_8))
                .isEqualTo("Lê Văn & Cộng sự");
        assertThat(deputy.getFirst("ngay")).isEqualTo("2026-12-01");
        MultiValueMap<String, String> secretary = query(OversightLinks.report(2026, false, "Phạm Thị Hoàn", null));
        assertThat(secretary.getFirst("ky")).isEqualTo("bi-thu");
        assertThat(secretary.containsKey("ngay"))
                .as("a numbered report keeps its day")
                .isFalse();
    }

    private static MultiValueMap<String, String> query(String address) {
        return UriComponentsBuilder.fromUriString(address).build(true).getQueryParams();
    }
}
