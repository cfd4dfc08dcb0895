package vn.chibo.draft.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.draft.domain.DraftStatus;
import vn.chibo.draft.service.BoardRow;
import vn.chibo.draft.service.DraftFiles;
import vn.chibo.draft.service.DraftLinks;
import vn.chibo.draft.service.DraftService;
import vn.chibo.plan.service.PlanService;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.Demo;
import vn.chibo.support.TestTime;

/** The drafts pages without a browser: the presenter, a member and the secretary each do their part. */
@DateSensitive
@ChiboSpringTest
@Transactional
class DraftViewsTest extends SpringBrowserlessTest {

    @Autowired
    DraftService drafts;

    @Autowired
    PlanService plans;

    @Autowired
    Demo demo;

    @Autowired
    DraftFiles files;

    final int year = TestTime.today().getYear();

    @Test
    @WithUserDetails("bithu")
    void theBoardListsEveryTopicWithItsDraftState() {
        DraftBoardView board = navigate(DraftBoardView.class);
        assertThat(board.rows()).hasSize(8);
        int revised = demo.monthOf(demo.revisedTopic(demo.primarySchool(), year));
        assertThat(board.rows())
                .filteredOn(r -> r.month() == revised)
                .extracting(BoardRow::status)
                .containsExactly(DraftStatus.CHANGES_REQUESTED);
        assertThat(board.rows()).extracting(BoardRow::status).contains(DraftStatus.NOT_STARTED);
        // the demo presented every past topic (meetings on the 5th) but May's (no draft) and the one being revised
        long presented = IntStream.of(2, 3, 4, 8, 9, 10, 12)
                .filter(m -> LocalDate.of(year, m, 5).isBefore(TestTime.today()) && m != revised)
                .count();
        assertThat($(Span.class).withText("Đã trình bày: " + presented).all()).hasSize(presented == 0 ? 0 : 1);
    }

    @Test
    @WithUserDetails("dangvien")
    void thePresenterRevisesAndSubmitsTheNextVersion() {
        long december = demo.revisedTopic(demo.primarySchool(), year);
        DraftView view = navigate(DraftLinks.page(december), DraftView.class);
        assertThat(view.editor()).isNotNull();
        assertThat(view.editor().getValue()).contains("Góc đọc sách lớp em");

        view.editor().setValue("<p>Bản sửa: thêm ví dụ <strong>Góc đọc sách</strong>.<script>alert(1)</script></p>");
        test($(Button.class).withText("Nộp dự thảo (v2)").single()).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Đã nộp dự thảo v2.");
        assertThat(view.details().progress().status()).isEqualTo(DraftStatus.SUBMITTED);
        assertThat(view.details().progress().latestNumber()).isEqualTo(2);
        Html body = $(Html.class).withClassName("draft-body").single();
        assertThat(body.getInnerHtml())
                .contains("<strong>Góc đọc sách</strong>")
                .doesNotContain("script");

        // submitted: no working copy and no "submit v3" until the presenter chooses to edit again
        assertThat(view.editor()).isNull();
        assertThat($(Button.class).withText("Nộp dự thảo (v3)").all()).isEmpty();
        assertThat($(H3.class).withText("Bản đang chỉnh sửa (chưa nộp)").all()).isEmpty();
        assertThat($(H3.class).withText("Đã nộp v2").all()).hasSize(1);
        test($(Button.class).withText("Sửa tiếp").single()).click();
        assertThat(view.editor()).isNotNull();
        assertThat($(Button.class).withText("Nộp dự thảo (v3)").all()).hasSize(1);
    }

    @Test
    @WithUserDetails("dangvien")
    void theTextIsSavedWhileTypingAndTheTimeShown() {
        long december = demo.revisedTopic(demo.primarySchool(), year);
        DraftView view = navigate(DraftLinks.page(december), DraftView.class);

        var hhmm = DateTimeFormatter.ofPattern("HH:mm");
        String before = LocalTime.now(TestTime.clock()).format(hhmm);
        assertThat($(Span.class).withClassName("saved-at").single().getText()).doesNotStartWith("Đã lưu lúc " + before);

        view.editor().receiveFromBrowser("<p>Đang gõ dở phần mở đầu<script>alert(1)</script></p>");

        assertThat(drafts.details(december).working().html()).isEqualTo("<p>Đang gõ dở phần mở đầu</p>");
        String after = LocalTime.now(TestTime.clock()).format(hhmm);
        assertThat($(Span.class).withClassName("saved-at").single().getText())
                .isIn("Đã lưu lúc " + before, "Đã lưu lúc " + after);

        // a second save goes on from the version the first one made
        view.editor().receiveFromBrowser("<p>Đang gõ dở phần mở đầu, thêm câu</p>");
        assertThat(drafts.details(december).working().html()).isEqualTo("<p>Đang gõ dở phần mở đầu, thêm câu</p>");
    }

    @Test
    @WithUserDetails("dangvien")
    void typingOverANewerVersionSavedElsewhereIsRefusedAndSaid() {
        long december = demo.revisedTopic(demo.primarySchool(), year);
        DraftView view = navigate(DraftLinks.page(december), DraftView.class);
        // the same draft saved from another tab in between
        drafts.save(december, drafts.details(december).draftVersion(), "<p>Bản từ thẻ khác</p>");

        view.editor().receiveFromBrowser("<p>Bản cũ gõ tiếp</p>");

        assertThat(drafts.details(december).working().html()).isEqualTo("<p>Bản từ thẻ khác</p>");
        assertThat($(Span.class).withClassName("saved-at").single().getText())
                .startsWith("Bản ghi này vừa được người khác thay đổi.");
        view.editor().receiveFromBrowser("<p>Bản cũ gõ tiếp nữa</p>");
        assertThat(drafts.details(december).working().html())
                .as("nothing more is saved over it")
                .isEqualTo("<p>Bản từ thẻ khác</p>");
    }

    @Test
    @WithUserDetails("dangvien")
    void versionsAreComparedWordByWordAndFilesShowAsCards(@TempDir Path dir) throws Exception {
        long december = demo.revisedTopic(demo.primarySchool(), year);
        String v1 = drafts.version(december, 1).bodyHtml();
        Path pdf = Files.write(
                dir.resolve("upload.tmp"),
                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1));
        files.attach(december, drafts.details(december).draftVersion(), "Báo cáo số liệu.pdf", pdf);
        String first = Jsoup.parse(v1).select("p").first().text();
        drafts.submit(
                december,
                drafts.details(december).draftVersion(),
                v1.replaceFirst(Pattern.quote(first.split(" ")[0]), "Nay"),
                null);

        navigate(DraftLinks.page(december), DraftView.class);

        // the two latest versions are compared without asking, word by word inside the paragraph
        assertThat($(Div.class).withClassName("diff").all()).hasSize(1);
        assertThat($(Span.class).withClassName("ins").all())
                .extracting(Span::getText)
                .contains("Nay");
        assertThat($(Span.class).withClassName("del").all())
                .extracting(Span::getText)
                .contains(first.split(" ")[0]);
        // the picker's labels are short and whole
        Select<?> pick = $(Select.class).withCaption("Phiên bản").single();
        String day = LocalDate.now(TestTime.clock()).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(test(pick).getSuggestions()).contains("v2 · " + day);
        // a PDF is a card with its icon, type, size and link
        Div card = $(Div.class).withClassName("file-card").all().stream()
                .filter(c -> c.getElement().getTextRecursively().contains("Báo cáo số liệu.pdf"))
                .findFirst()
                .orElseThrow();
        assertThat(card.getElement().getTextRecursively())
                .contains("Tài liệu PDF · ")
                .contains("PDF");
        assertThat(card.getElement().getAttribute("class")).contains("file-card");
        assertThat($(Anchor.class, card).all())
                .anyMatch(a ->
                        a.getHref().startsWith("/files/draft/") && a.getText().equals("Báo cáo số liệu.pdf"));
        assertThat($(Div.class, card).withClassName("file-icon-box").single().getClassNames())
                .contains("file-pdf");
    }

    @Test
    @WithUserDetails("nhung")
    void aMemberReadsTheVersionAndCommentsAsPlainText() {
        long december = demo.revisedTopic(demo.primarySchool(), year);
        DraftView view = navigate(DraftLinks.page(december), DraftView.class);
        assertThat(view.editor()).as("only the presenter writes").isNull();
        assertThat($(Html.class).withClassName("draft-body").single().getInnerHtml())
                .contains("Đặt vấn đề");

        TextArea text = $(TextArea.class)
                .withPlaceholder("Ý kiến của đồng chí về dự thảo này…")
                .single();
        test(text).setValue("<img src=x onerror=alert(1)> Nên thêm số liệu.");
        test($(Button.class).withText("Gửi góp ý").single()).click();

        assertThat($(Span.class).withClassName("comment-body").all())
                .extracting(Span::getText)
                .contains("<img src=x onerror=alert(1)> Nên thêm số liệu.");
    }

    @Test
    @WithUserDetails("bithu.thcs")
    void theSecretaryAsksForChangesWithAReason() {
        long october = demo.waitingTopic(demo.secondarySchool());
        DraftView view = navigate(DraftLinks.page(october), DraftView.class);
        assertThat(view.details().progress().status()).isEqualTo(DraftStatus.SUBMITTED);
        test($(Button.class).withText("Yêu cầu chỉnh sửa").single()).click();
        TextArea reason =
                $(TextArea.class).withCaption("Nội dung cần chỉnh sửa").single();
        test($(Button.class).withText("Gửi yêu cầu").single()).click();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Vui lòng nêu nội dung cần chỉnh sửa.");

        test(reason).setValue("Cập nhật số liệu tháng 11.");
        test($(Button.class).withText("Gửi yêu cầu").single()).click();
        assertThat(view.details().progress().status()).isEqualTo(DraftStatus.CHANGES_REQUESTED);
        assertThat(drafts.details(october).progress().reviewNote()).isEqualTo("Cập nhật số liệu tháng 11.");
    }

    @Test
    @WithUserDetails("dangvien.thcs")
    void anotherCellsMemberCannotOpenTheDraft() {
        long december = topicOf12AsSecretary();
        assertThatThrownBy(() -> navigate(DraftLinks.page(december), DraftView.class))
                .hasMessageContaining("AccessDeniedView");
    }

    private long topicOf12AsSecretary() {
        // the id is found without the other cell's rights, as an attacker typing ids would
        return demo.revisedTopic(demo.primarySchool(), year);
    }
}
