package vn.chibo.meeting.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import vn.chibo.base.VietnamClock;

class IcsWriterTest {

    @Test
    void writesEventsInUtcWithEscapedTextAndFoldedLines() {
        String ics = new IcsWriter(
                        "Lịch sinh hoạt — Chi bộ Trường Tiểu học Ngọc Sơn",
                        VietnamClock.VIETNAM,
                        Instant.parse("2026-11-24T00:00:00Z"))
                .event(
                        "meeting-1@chibo",
                        LocalDateTime.of(2026, 12, 5, 14, 0),
                        LocalDateTime.of(2026, 12, 5, 16, 0),
                        "Sinh hoạt chuyên đề: Sáng kiến, kinh nghiệm; công tác chủ nhiệm lớp",
                        "Phòng họp",
                        "Dòng 1\nDòng 2",
                        false)
                .allDay("draft-1@chibo", LocalDate.of(2026, 11, 28), "Hạn nộp dự thảo", null)
                .finish();

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics).contains("DTSTART:20261205T070000Z", "DTEND:20261205T090000Z");
        assertThat(ics).contains("DTSTART;VALUE=DATE:20261128", "DTEND;VALUE=DATE:20261129");
        assertThat(ics.replace("\r\n ", ""))
                .contains("Sáng kiến\\, kinh nghiệm\\; công tác")
                .contains("Dòng 1\\nDòng 2");
        assertThat(ics).contains("STATUS:CONFIRMED");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded)
                .contains("SUMMARY:Sinh hoạt chuyên đề: Sáng kiến\\, kinh nghiệm\\; công tác chủ nhiệm lớp");
    }
}
