package vn.chibo.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.meeting.service.CalendarFeedService;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.DemoUsers;

/** The personal .ics feed: reachable without a log-in with the right token, gone once revoked. */
@DateSensitive
@ChiboSpringTest
@AutoConfigureMockMvc
class CalendarFeedTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CalendarFeedService feeds;

    @Autowired
    DemoUsers users;

    @Test
    void aMembersFeedHoldsTheCellsMeetingsAndTheirOwnDeadlines() throws Exception {
        String token = users.as("nhung", () -> feeds.newToken());
        String ics = mvc.perform(get("/ical/" + token + ".ics"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Matchers.startsWith("text/calendar")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded)
                .contains(
                        "BEGIN:VCALENDAR",
                        "X-WR-CALNAME:Lịch sinh hoạt — Chi bộ Trường Tiểu học Ngọc Sơn",
                        "SUMMARY:Sinh hoạt chi bộ thường kỳ");
        assertThat(unfolded).contains("SUMMARY:Sinh hoạt chuyên đề:");
        // four months back and a year ahead of the demo calendar: at least the regular meetings of those months
        assertThat(unfolded.split("BEGIN:VEVENT").length - 1).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aRevokedOrUnknownTokenGetsNothing() throws Exception {
        String token = users.as("dangvien", () -> feeds.newToken());
        mvc.perform(get("/ical/" + token + ".ics")).andExpect(status().isOk());
        users.as("dangvien", () -> {
            feeds.revokeMine();
            return null;
        });
        mvc.perform(get("/ical/" + token + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/ical/not-a-token.ics"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(""));
    }

    @Test
    void aNewTokenReplacesTheOldOne() throws Exception {
        String first = users.as("dangvien.thcs", () -> feeds.newToken());
        String second = users.as("dangvien.thcs", () -> feeds.newToken());
        assertThat(second).isNotEqualTo(first).hasSizeGreaterThanOrEqualTo(30);
        mvc.perform(get("/ical/" + first + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/ical/" + second + ".ics")).andExpect(status().isOk());
    }
}
