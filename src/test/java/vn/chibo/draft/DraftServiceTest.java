package vn.chibo.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.domain.ConcurrentEditException;
import vn.chibo.draft.domain.DraftRepository;
import vn.chibo.draft.domain.DraftStatus;
import vn.chibo.draft.service.BoardRow;
import vn.chibo.draft.service.CommentRow;
import vn.chibo.draft.service.DraftComments;
import vn.chibo.draft.service.DraftDetails;
import vn.chibo.draft.service.DraftDiff;
import vn.chibo.draft.service.DraftService;
import vn.chibo.notification.domain.NotificationRepository;
import vn.chibo.plan.service.PlanService;
import vn.chibo.plan.service.TopicRow;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.TestTime;

/** Writing, submitting, reviewing and discussing a draft, with who may do each. */
@DateSensitive
@ChiboSpringTest
@Transactional
class DraftServiceTest {

    @Autowired
    DraftService drafts;

    @Autowired
    DraftComments comments;

    @Autowired
    PlanService plans;

    @Autowired
    DraftRepository draftRows;

    @Autowired
    NotificationRepository notifications;

    @Autowired
    DemoUsers users;

    @Autowired
    Demo demo;

    final int year = TestTime.today().getYear();
    /** The next topic, presented by the demo member "dangvien" (Lê Thị Thu Hà), her draft sent back for changes. */
    long topic;

    @BeforeEach
    void haPresentsDecember() {
        topic = demo.revisedTopic(demo.primarySchool(), year);
        users.login("dangvien");
    }

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void theDemoHasDraftsInSeveralStates() {
        var board = drafts.board(demo.primarySchool(), year);
        assertThat(board).hasSize(8);
        assertThat(board).extracting(BoardRow::status).contains(DraftStatus.CHANGES_REQUESTED, DraftStatus.NOT_STARTED);
        if (TestTime.today().isAfter(LocalDate.of(year, 2, 5))) { // February's meeting is the year's first
            assertThat(board).extracting(BoardRow::status).contains(DraftStatus.PRESENTED);
        }
        DraftDetails december = drafts.details(topic);
        assertThat(december.progress().status()).isEqualTo(DraftStatus.CHANGES_REQUESTED);
        assertThat(december.progress().reviewNote()).contains("ví dụ sáng kiến");
        assertThat(december.working().html())
                .as("the presenter sees her working copy")
                .contains("Góc đọc sách lớp em");
        assertThat(comments.on(topic, 1)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void submittingMakesANumberedVersionAndEarlierOnesStayReadable() {
        DraftDetails d = drafts.details(topic);
        DraftDetails after = drafts.submit(
                topic, d.draftVersion(), "<p>Phiên bản mới có <strong>số liệu</strong>.</p>", "Đã sửa theo góp ý");
        assertThat(after.progress().latestNumber()).isEqualTo(2);
        assertThat(after.progress().status()).isEqualTo(DraftStatus.SUBMITTED);
        assertThat(drafts.version(topic, 1).bodyHtml()).doesNotContain("Phiên bản mới");
        assertThat(drafts.version(topic, 2).bodyHtml()).contains("<strong>số liệu</strong>");
        assertThat(drafts.version(topic, 2).note()).isEqualTo("Đã sửa theo góp ý");
        assertThat(drafts.version(topic, 2).submittedBy()).isEqualTo("Lê Thị Thu Hà");

        long secretary = demo.member("Phạm Thị Hoàn");
        assertThat(notifications.findByMemberIdAndReadAtIsNull(secretary))
                .anyMatch(n -> n.getTitle().contains("v2") && n.getTitle().contains("Lê Thị Thu Hà"));
    }

    @Test
    void theComparisonShowsWhatWasAddedAndRemoved() {
        DraftDetails d = drafts.details(topic);
        drafts.submit(topic, d.draftVersion(), "<p>Mở đầu ngắn gọn.</p><p>Giải pháp mới cho học sinh.</p>", null);
        var lines = drafts.compare(topic, 1, 2);
        assertThat(lines)
                .anyMatch(l -> l.change() == DraftDiff.Change.ADDED && l.text().contains("Giải pháp mới"));
        assertThat(lines)
                .anyMatch(
                        l -> l.change() == DraftDiff.Change.REMOVED && l.text().contains("Đặt vấn đề"));
    }

    @Test
    void aScriptInADraftNeverReachesTheStoredText() {
        DraftDetails d = drafts.details(topic);
        DraftDetails saved = drafts.save(
                topic,
                d.draftVersion(),
                "<p onclick=\"alert(1)\">Xin chào"
                        + "<script>alert('x')</script><img src=x onerror=alert(2)>"
                        + "<a href=\"javascript:alert(3)\">bấm</a> <a href=\"https://moet.gov.vn\">Bộ GD</a></p>"
                        + "<iframe src=\"https://evil.example\"></iframe><p class=\"ql-align-center evil\">Giữa</p>");
        String html = saved.working().html();
        assertThat(html)
                .doesNotContain("script", "onclick", "onerror", "javascript:", "iframe", "<img", "evil")
                .contains(
                        "Xin chào",
                        "href=\"https://moet.gov.vn\"",
                        "rel=\"noopener noreferrer nofollow\"",
                        "class=\"ql-align-center\"");
    }

    @Test
    void theTextPostedAsThePageGoesAwayIsSavedSanitisedAndNeverOverANewerVersion() {
        DraftDetails opened = drafts.details(topic);
        drafts.saveOnLeave(topic, opened.draftVersion(), "<p>Gõ dở khi tải lại<script>alert(1)</script></p>");
        assertThat(drafts.details(topic).working().html()).isEqualTo("<p>Gõ dở khi tải lại</p>");

        // the page's last round trip saved the same text already: no conflict, nothing changes
        drafts.saveOnLeave(topic, opened.draftVersion(), "<p>Gõ dở khi tải lại</p>");
        // a different text from the old version is someone else's newer version: refused, kept
        assertThatThrownBy(() -> drafts.saveOnLeave(topic, opened.draftVersion(), "<p>Bản cũ</p>"))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(drafts.details(topic).working().html()).isEqualTo("<p>Gõ dở khi tải lại</p>");
    }

    @Test
    void afterASubmitThereIsNoWorkingCopyUntilThePresenterEditsAgain() {
        DraftDetails d = drafts.details(topic);
        assertThat(d.working().edited())
                .as("sent back: her revision is under way")
                .isTrue();
        DraftDetails after = drafts.submit(topic, d.draftVersion(), "<p>Bản v2</p>", null);
        assertThat(after.working().edited()).isFalse();
        DraftDetails edited = drafts.save(topic, after.draftVersion(), "<p>Bản v2, sửa tiếp</p>");
        assertThat(edited.working().edited()).isTrue();
    }

    @Test
    void aSecondEditorWorkingFromAnOldCopyIsRefusedAndNothingIsOverwritten() {
        DraftDetails opened = drafts.details(topic);
        drafts.save(topic, opened.draftVersion(), "<p>Bản của lần lưu thứ nhất</p>");
        assertThatThrownBy(() -> drafts.save(topic, opened.draftVersion(), "<p>Bản cũ ghi đè</p>"))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageStartingWith("error.concurrentEdit");
        assertThat(drafts.details(topic).working().html())
                .contains("lần lưu thứ nhất")
                .doesNotContain("ghi đè");
    }

    @Test
    void onlyThePresenterWritesAndOnlyTheSecretaryReviews() {
        users.login("nhung");
        assertThatThrownBy(() -> drafts.save(topic, 0, "<p>Không phải của tôi</p>"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(drafts.details(topic).working().html())
                .as("a working copy is private to its author")
                .isNull();
        users.login("dangvien");
        long version = drafts.details(topic).draftVersion();
        assertThatThrownBy(() -> drafts.approve(topic, version, null)).isInstanceOf(AccessDeniedException.class);

        users.login("bithu");
        DraftDetails d = drafts.details(topic);
        users.login("dangvien");
        DraftDetails submitted = drafts.submit(topic, drafts.details(topic).draftVersion(), "<p>Bản sửa</p>", null);
        users.login("bithu");
        DraftDetails approved = drafts.approve(topic, submitted.draftVersion(), "Tốt");
        assertThat(approved.progress().status()).isEqualTo(DraftStatus.APPROVED);
        assertThat(approved.progress().reviewedBy()).isEqualTo("Phạm Thị Hoàn");
        assertThat(d).isNotNull();
        users.login("dangvien");
        assertThatThrownBy(() -> drafts.save(topic, approved.draftVersion(), "<p>Sửa sau khi duyệt</p>"))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("draft.error.closed");
    }

    @Test
    void askingForChangesNeedsAReason() {
        users.login("dangvien");
        DraftDetails submitted = drafts.submit(topic, drafts.details(topic).draftVersion(), "<p>Bản hai</p>", null);
        users.login("bithu");
        assertThatThrownBy(() -> drafts.requestChanges(topic, submitted.draftVersion(), "   "))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("draft.error.reasonRequired");
        DraftDetails back = drafts.requestChanges(topic, submitted.draftVersion(), "Thêm ví dụ");
        assertThat(back.progress().status()).isEqualTo(DraftStatus.CHANGES_REQUESTED);
    }

    @Test
    void anotherCellsMemberSeesNothingAndTheCommitteeOnlyReads() {
        users.login("dangvien.thcs");
        assertThatThrownBy(() -> drafts.details(topic)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> comments.on(topic, 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> drafts.board(demo.primarySchool(), year)).isInstanceOf(AccessDeniedException.class);

        users.login("danguy");
        assertThat(drafts.details(topic).progress().latestNumber()).isEqualTo(1);
        assertThat(drafts.details(topic).can().comment()).isFalse();
        assertThatThrownBy(() -> comments.add(topic, 1, null, "Ý kiến của Đảng ủy"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void membersCommentThePresenterAnswersAndResolves() {
        users.login("nhung");
        CommentRow asked = comments.add(topic, 1, null, "<script>alert(1)</script> Nên thêm ví dụ.");
        assertThat(asked.body())
                .as("kept as the text typed; shown as text, never as markup")
                .isEqualTo("<script>alert(1)</script> Nên thêm ví dụ.");
        assertThatThrownBy(() -> comments.resolve(asked.id(), asked.version(), true))
                .as("only the presenter or the secretary resolves")
                .isInstanceOf(AccessDeniedException.class);
        users.login("dangvien");
        CommentRow reply = comments.add(topic, 1, asked.id(), "Cảm ơn, tôi sẽ thêm.");
        assertThat(reply.parentId()).isEqualTo(asked.id());
        assertThat(reply.byPresenter()).isTrue();
        CommentRow resolved = comments.resolve(asked.id(), asked.version(), true);
        assertThat(resolved.resolved()).isTrue();
        assertThat(resolved.resolvedBy()).isEqualTo("Lê Thị Thu Hà");
        assertThatThrownBy(() -> comments.add(topic, 1, null, "  "))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("comment.error.empty");
    }

    @Test
    void aTopicWithADraftCannotBeDeleted() {
        users.login("bithu");
        TopicRow t = plans
                .topics(plans.find(demo.primarySchool(), year).orElseThrow().id())
                .stream()
                .filter(x -> x.id() == topic)
                .findFirst()
                .orElseThrow();
        assertThat(draftRows.findByTopicId(topic)).isPresent();
        assertThatThrownBy(() -> plans.deleteTopic(topic, t.version()))
                .isInstanceOf(BusinessException.class)
                .hasMessageMatching("plan.error.topicHas(Work|Meeting).*");
    }
}
