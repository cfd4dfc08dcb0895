package vn.chibo.minutes.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.TestTime;

/**
 * Not a test of speed (nothing here can fail on time): prints how long one minutes document and a
 * 100-meeting minutes book take to generate, warm. Run with
 * {@code ./mvnw test -Dtest=DocumentBenchmark -Dsurefire.excludedGroups=none}.
 */
@Tag("benchmark")
@ChiboSpringTest
class DocumentBenchmark {

    @Autowired
    MinutesDocuments documents;

    @Autowired
    ScheduleService schedule;

    @Autowired
    DemoUsers users;

    @Autowired
    Demo demo;

    @Test
    void printFigures() {
        users.login("bithu");
        int year = TestTime.today().getYear();
        long cell = demo.primarySchool();
        long meeting = schedule.between(cell, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).stream()
                .filter(m -> m.status() == MeetingStatus.LOCKED)
                .findFirst()
                .orElseThrow()
                .id();
        List<MeetingSheet> year1 = documents.lockedSheets(cell, year);
        List<MeetingSheet> hundred = new ArrayList<>();
        while (hundred.size() < 100) {
            hundred.addAll(year1.subList(0, Math.min(year1.size(), 100 - hundred.size())));
        }
        for (int i = 0; i < 20; i++) { // warm-up
            documents.minutesDocx(meeting);
        }
        documents.book(cell, year, hundred);

        int runs = 50;
        long t0 = System.nanoTime();
        long size = 0;
        for (int i = 0; i < runs; i++) {
            size = documents.minutesDocx(meeting).length;
        }
        double one = (System.nanoTime() - t0) / 1e6 / runs;
        long t1 = System.nanoTime();
        int bookRuns = 5;
        long bookSize = 0;
        for (int i = 0; i < bookRuns; i++) {
            bookSize = documents.book(cell, year, hundred).length;
        }
        double book = (System.nanoTime() - t1) / 1e6 / bookRuns;
        System.out.printf(
                "BENCHMARK one minutes .docx: %.1f ms (%d KB); 100-meeting minutes book: %.0f ms (%d KB)%n",
                one, size / 1024, book, bookSize / 1024);
        assertThat(size).isPositive();
    }
}
