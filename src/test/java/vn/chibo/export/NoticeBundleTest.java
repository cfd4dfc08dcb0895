package vn.chibo.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.draft.service.DraftDetails;
import vn.chibo.draft.service.DraftService;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.service.MeetingNoticeService;
import vn.chibo.minutes.service.MinutesLinks;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.TestTime;

/**
 * The Sổ tay bundle through the real servlet chain: the notice to paste, the agenda, the approved draft as Word and
 * its files under tai-lieu/, all with plain ASCII names; members of the cell and the committee above it only.
 */
@DateSensitive
@ChiboSpringTest
@Transactional
class NoticeBundleTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    DraftService drafts;

    @Autowired
    ScheduleService schedule;

    @Autowired
    MeetingNoticeService notices;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Demo demo;

    @Autowired
    DemoUsers users;

    @AfterEach
    void logout() {
        users.logout();
    }

    /** The demo member's topic in revision: resubmitted with its attachment, approved, its meeting noticed. */
    private MeetingRow approvedAndNoticed() {
        long topic = demo.revisedTopic(demo.primarySchool(), TestTime.year());
        users.login("dangvien");
        DraftDetails d = drafts.details(topic);
        drafts.submit(topic, d.draftVersion(), d.working().html(), null);
        users.login("bithu");
        drafts.approve(topic, drafts.details(topic).draftVersion(), null);
        MeetingRow m = schedule.meetingOfTopic(topic).orElseThrow();
        notices.send(m.id());
        return m;
    }

    @Test
    void theBundleHoldsTheNoticeTheAgendaTheApprovedDraftAndItsFiles() throws Exception {
        MeetingRow m = approvedAndNoticed();
        long attachments = jdbc.queryForObject(
                "select count(*) from draft_attachment a join draft d on d.id = a.draft_id"
                        + " where d.topic_id = ? and a.removed_at is null",
                Long.class,
                m.topicId());

        MvcResult result = mvc.perform(
                        get(MinutesLinks.soTay(m.id())).with(user(userDetails.loadUserByUsername("dangvien"))))
                .andExpect(status().isOk())
                .andReturn();

        assertThat(result.getResponse().getContentType()).isEqualTo("application/zip");
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .startsWith("attachment")
                .contains("so-tay-" + m.id() + ".zip");
        Map<String, byte[]> entries = unzip(result.getResponse().getContentAsByteArray());
        assertThat(entries.keySet())
                .startsWith("thong-bao.txt", "chuong-trinh.txt")
                .allMatch(name -> name.matches("[A-Za-z0-9._/-]+"), "plain ASCII names");
        assertThat(entries.keySet())
                .filteredOn(name -> name.startsWith("du-thao-") && name.endsWith(".docx"))
                .singleElement()
                .satisfies(name -> {
                    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(entries.get(name)))) {
                        assertThat(doc.getParagraphs().stream().map(p -> p.getText()))
                                .anyMatch(t -> t.contains(m.title()));
                    }
                });
        assertThat(entries.keySet())
                .filteredOn(name -> name.startsWith("tai-lieu/"))
                .hasSize((int) attachments)
                .isNotEmpty();

        String notice = new String(entries.get("thong-bao.txt"), StandardCharsets.UTF_8);
        assertThat(notice)
                .startsWith("THÔNG BÁO\r\nSinh hoạt chuyên đề: " + m.title() + "\r\n")
                .contains("Chi bộ: Chi bộ Trường Tiểu học Ngọc Sơn")
                .contains(
                        "Thời gian: " + m.scheduledAt().format(DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy")))
                .contains("Người trình bày: Lê Thị Thu Hà")
                .contains("Tài liệu:\r\n- ")
                .endsWith("Đề nghị các đồng chí đảng viên tham dự đầy đủ, đúng giờ.");
        assertThat(new String(entries.get("chuong-trinh.txt"), StandardCharsets.UTF_8))
                .contains(m.title())
                .contains("đã được duyệt");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'EXPORT_NOTICE_BUNDLE' and entity_id = ?",
                        Long.class,
                        m.id()))
                .as("downloads are audited like the other exports")
                .isEqualTo(1);
    }

    @Test
    void theCommitteeAboveTheCellGetsTheBundleAndAnotherCellDoesNot() throws Exception {
        MeetingRow m = approvedAndNoticed();
        mvc.perform(get(MinutesLinks.soTay(m.id())).with(user(userDetails.loadUserByUsername("danguy"))))
                .andExpect(status().isOk());
        for (String outsider : new String[] {"dangvien.hm", "bithu.thcs", "danguy.hv"}) {
            mvc.perform(get(MinutesLinks.soTay(m.id())).with(user(userDetails.loadUserByUsername(outsider))))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get(MinutesLinks.soTay(m.id()))).andExpect(status().is3xxRedirection());
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
