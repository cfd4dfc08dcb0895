package vn.chibo.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.minutes.domain.CommendationKind;
import vn.chibo.minutes.service.CommendationService;
import vn.chibo.minutes.service.MeetingSheet;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.TodaysMeeting;

/**
 * The cell's commendation papers are complete and signable: the proposal to the named upper committee with its
 * grounds and closing, the decision to praise with its grounds and articles, both numbered, with recipients — and
 * nobody signs a paper about themselves.
 */
@DateSensitive
@ChiboSpringTest
@Transactional
class CommendationPaperTest {

    @Autowired
    CommendationService commendations;

    @Autowired
    TodaysMeeting today;

    @Autowired
    DemoUsers users;

    @Autowired
    Demo demo;

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void aProposalForTheSecretaryIsAddressedGroundedAndSignedByTheDeputy() throws Exception {
        users.login("bithu");
        MeetingSheet s = today.startedWithAllPresentBut(null);
        long hoan = demo.member("Phạm Thị Hoàn");
        long id = commendations
                .add(
                        s.meeting().id(),
                        hoan,
                        CommendationKind.PROPOSAL,
                        "Hoàn thành xuất sắc nhiệm vụ năm học, có sáng kiến được công nhận cấp huyện")
                .id();
        String paper = text(commendations.certificateDocx(id));
        assertThat(paper)
                .containsPattern("Số \\d{2,}-TTr/CB")
                .doesNotContain("Số:")
                .contains(
                        "TỜ TRÌNH",
                        "về việc đề nghị khen thưởng đảng viên",
                        "Kính gửi: Đảng ủy xã Ngọc Sơn",
                        "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
                        "Căn cứ Quy định số 294-QĐ/TW",
                        "kính đề nghị Đảng ủy xã Ngọc Sơn xem xét, khen thưởng đồng chí Phạm Thị Hoàn, bí thư chi bộ",
                        "có sáng kiến được công nhận cấp huyện",
                        "kính trình Đảng ủy xã Ngọc Sơn xem xét, quyết định",
                        "Nơi nhận:",
                        "- Như trên,",
                        "- Lưu chi bộ.",
                        "T/M CHI BỘ",
                        "PHÓ BÍ THƯ",
                        "Nguyễn Văn Hùng");
        assertThat(lastLine(paper))
                .as("the secretary does not sign her own proposal")
                .doesNotContain("Phạm Thị Hoàn");
    }

    @Test
    void aPraiseIsTheCellsDecisionWithGroundsAndArticlesSignedByTheSecretary() throws Exception {
        users.login("bithu");
        MeetingSheet s = today.startedWithAllPresentBut(null);
        long ha = demo.member("Lê Thị Thu Hà");
        long id = commendations
                .add(s.meeting().id(), ha, CommendationKind.PRAISE, "Chuẩn bị và trình bày tốt chuyên đề của chi bộ")
                .id();
        String paper = text(commendations.certificateDocx(id));
        assertThat(paper)
                .containsPattern("Số \\d{2,}-QĐ/CB")
                .contains(
                        "QUYẾT ĐỊNH",
                        "về việc biểu dương đảng viên",
                        "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
                        "Điều 1. Biểu dương đồng chí Lê Thị Thu Hà vì đã có thành tích: Chuẩn bị và trình bày tốt",
                        "Điều 2.",
                        "- Như Điều 2,",
                        "T/M CHI BỘ",
                        "BÍ THƯ")
                .doesNotContain("PHÓ BÍ THƯ");
        assertThat(lastLine(paper)).contains("Phạm Thị Hoàn");
        assertThat(commendations.certificateDocx(id))
                .as("numbered once, then kept")
                .satisfies(again -> assertThat(text(again)).containsPattern(number(paper)));
    }

    private static String number(String paper) {
        var m = Pattern.compile("Số \\d{2,}-QĐ/CB").matcher(paper);
        assertThat(m.find()).isTrue();
        return Pattern.quote(m.group());
    }

    private static String lastLine(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        return lines.getLast();
    }

    private static String text(byte[] docx) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            return x.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
