package vn.chibo.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.domain.MinutesVersionInfo;
import vn.chibo.minutes.domain.MinutesVersionRepository;
import vn.chibo.minutes.service.MeetingSheet;
import vn.chibo.minutes.service.MinutesDocuments;
import vn.chibo.minutes.service.MinutesService;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.TestTime;

/**
 * Locked minutes are one official text: every reader gets the same bytes; an addendum makes a new version and the
 * earlier ones stay retrievable.
 */
@ChiboSpringTest
@Transactional
class OneOfficialTextTest {

    @Autowired
    MinutesDocuments documents;

    @Autowired
    MinutesService minutes;

    @Autowired
    ScheduleService schedule;

    @Autowired
    DemoUsers users;

    @Autowired
    Demo demo;

    @Autowired
    MinutesVersionRepository versionFiles;

    @AfterEach
    void logout() {
        users.logout();
    }

    /** A thematic meeting of last year, locked, with the chair's assessment in its minutes. */
    private MeetingRow lockedThematic() {
        users.login("bithu");
        int year = TestTime.year() - 1;
        return schedule.between(demo.primarySchool(), LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).stream()
                .filter(m -> m.status() == MeetingStatus.LOCKED && m.type() == MeetingType.THEMATIC)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void twoReadersGetTheSameBytesOfALockedMinutes() throws Exception {
        MeetingRow m = lockedThematic();
        byte[] secretary = documents.minutesDocx(m.id());
        users.login("dangvien");
        byte[] member = documents.minutesDocx(m.id());
        users.login("danguy");
        byte[] committee = documents.minutesDocx(m.id());
        assertThat(member).isEqualTo(secretary);
        assertThat(committee).isEqualTo(secretary);
        assertThat(text(member))
                .contains("CHỦ TRÌ ĐÁNH GIÁ CHUYÊN ĐỀ", "Ưu điểm")
                .doesNotContain("Xếp loại");
    }

    @Test
    void anAddendumMakesANewVersionAndTheLockedOneStaysRetrievable() throws Exception {
        MeetingRow m = lockedThematic();
        byte[] asLocked = documents.minutesDocx(m.id());
        int before = documents.versions(m.id()).size();
        minutes.addAddendum(m.id(), "Đính chính: đồng chí thư ký ghi nhầm giờ kết thúc.");
        byte[] corrected = documents.minutesDocx(m.id());
        assertThat(text(corrected)).contains("Đính chính: đồng chí thư ký ghi nhầm giờ kết thúc.");
        assertThat(text(asLocked)).doesNotContain("Đính chính: đồng chí thư ký ghi nhầm giờ kết thúc.");
        var list = documents.versions(m.id());
        assertThat(list).hasSize(before + 1);
        MinutesVersionInfo first = list.getFirst();
        assertThat(first.number()).isZero();
        assertThat(documents.minutesVersionDocx(m.id(), 0))
                .as("the minutes as locked")
                .isEqualTo(asLocked);
        assertThat(documents.minutesVersionDocx(m.id(), list.getLast().number()))
                .isEqualTo(corrected);
        users.login("dangvien");
        assertThat(documents.minutesDocx(m.id()))
                .as("every reader gets the corrected version")
                .isEqualTo(corrected);
    }

    /** A locked meeting of the demo's history whose official file has not been read yet (none is made at start-up). */
    private MeetingRow lockedWithoutFile() {
        users.login("bithu");
        int year = TestTime.year() - 1;
        return schedule.between(demo.primarySchool(), LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).stream()
                .filter(m -> m.status() == MeetingStatus.LOCKED)
                .filter(m -> versionFiles.listing(minutes.recordId(m.id())).isEmpty())
                .findFirst()
                .orElseThrow(() -> new AssertionError("the demo's replayed history was locked without making files"));
    }

    @Test
    void replayedHistoryGetsItsOfficialFileOnFirstReadingDatedAndSignedAsItsLock() {
        MeetingRow m = lockedWithoutFile();
        MeetingSheet s = minutes.sheet(m.id());
        List<MinutesVersionInfo> listed = documents.versions(m.id());
        assertThat(listed).singleElement().satisfies(v -> {
            assertThat(v.number()).isZero();
            assertThat(v.createdAt()).isEqualTo(s.lockedAt());
            assertThat(v.createdBy()).isEqualTo(s.lockedBy());
        });
        assertThat(documents.minutesDocx(m.id())).isEqualTo(documents.minutesVersionDocx(m.id(), 0));
    }

    @Test
    void anAddendumToReplayedHistoryMakesTheLockedVersionFirstWithoutIt() throws Exception {
        MeetingRow m = lockedWithoutFile();
        String correction = "Đính chính: bổ sung tên khách mời.";
        minutes.addAddendum(m.id(), correction);
        List<MinutesVersionInfo> listed = versionFiles.listing(minutes.recordId(m.id()));
        assertThat(listed).extracting(MinutesVersionInfo::number).containsExactly(0, 1);
        assertThat(text(documents.minutesVersionDocx(m.id(), 0))).doesNotContain(correction);
        assertThat(text(documents.minutesVersionDocx(m.id(), 1))).contains(correction);
        assertThat(listed.getFirst().createdAt())
                .isEqualTo(minutes.sheet(m.id()).lockedAt());
    }

    private static String text(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }
}
