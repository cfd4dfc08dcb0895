package vn.chibo.draft.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.draft.domain.DraftStatus;
import vn.chibo.draft.service.BoardRow;
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
    final int year = TestTime.today().getYear();

    @Test
    @WithUserDetails("bithu")
    void theBoardListsEveryTopicWithItsDraftState() {
        DraftBoardView board = navigate(DraftBoardView.class);
        assertThat(board.rows()).hasSize(8);
        int revised = demo.monthOf(demo.revisedTopic(demo.primarySchool(), year));
        assertThat(board.rows()).filteredOn(r -> r.month() == revised).extracting(BoardRow::status)
                .containsExactly(DraftStatus.CHANGES_REQUESTED);
        assertThat(board.rows()).extracting(BoardRow::status).contains(DraftStatus.NOT_STARTED);
        // the demo presented every past topic (meetings on the 5th) but May's (no draft) and the one being revised
        long presented = java.util.stream.IntStream.of(2, 3, 4, 8, 9, 10, 12)
                .filter(m -> java.time.LocalDate.of(year, m, 5).isBefore(TestTime.today()) && m != revised).count();
        assertThat($(Span.class).withText("Đã trình bày: " + presented).all()).hasSize(presented == 0 ? 0 : 1);
    }

    @Test
    @WithUserDetails("dangvien")
    void thePresenterRevisesAndSubmitsTheNextVersion() {
        long december = demo.revisedTopic(demo.primarySchool(), year);
        DraftView view = navigate("draft/" + december, DraftView.class);
        assertThat(view.editor()).isNotNull();
        assertThat(view.editor().getValue()).contains("Góc đọc sách lớp em");

        view.editor().setValue("<p>Bản sửa: thêm ví dụ <strong>Góc đọc sách</strong>.<script>alert(1)</script></p>");
        test($(Button.class).withText("Nộp dự thảo (v2)").single()).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Đã xong.");
        assertThat(view.details().status()).isEqualTo(DraftStatus.SUBMITTED);
        assertThat(view.details().latestNumber()).isEqualTo(2);
        Html body = $(Html.class).withClassName("draft-body").single();
        assertThat(body.getInnerHtml()).contains("<strong>Góc đọc sách</strong>").doesNotContain("script");
    }

    @Test
    @WithUserDetails("nhung")
    void aMemberReadsTheVersionAndCommentsAsPlainText() {
        long december = demo.revisedTopic(demo.primarySchool(), year);
        DraftView view = navigate("draft/" + december, DraftView.class);
        assertThat(view.editor()).as("only the presenter writes").isNull();
        assertThat($(Html.class).withClassName("draft-body").single().getInnerHtml()).contains("Đặt vấn đề");

        TextArea text = $(TextArea.class).withPlaceholder("Ý kiến của đồng chí về dự thảo này…").single();
        test(text).setValue("<img src=x onerror=alert(1)> Nên thêm số liệu.");
        test($(Button.class).withText("Gửi góp ý").single()).click();

        assertThat($(Span.class).withClassName("comment-body").all()).extracting(Span::getText)
                .contains("<img src=x onerror=alert(1)> Nên thêm số liệu.");
    }

    @Test
    @WithUserDetails("bithu.thcs")
    void theSecretaryAsksForChangesWithAReason() {
        long october = demo.waitingTopic(demo.secondarySchool());
        DraftView view = navigate("draft/" + october, DraftView.class);
        assertThat(view.details().status()).isEqualTo(DraftStatus.SUBMITTED);
        test($(Button.class).withText("Yêu cầu chỉnh sửa").single()).click();
        TextArea reason = $(TextArea.class).withCaption("Nội dung cần chỉnh sửa").single();
        test($(Button.class).withText("Gửi yêu cầu").single()).click();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Vui lòng nêu nội dung cần chỉnh sửa.");

        test(reason).setValue("Cập nhật số liệu tháng 11.");
        test($(Button.class).withText("Gửi yêu cầu").single()).click();
        assertThat(view.details().status()).isEqualTo(DraftStatus.CHANGES_REQUESTED);
        assertThat(drafts.details(october).reviewNote()).isEqualTo("Cập nhật số liệu tháng 11.");
    }

    @Test
    @WithUserDetails("dangvien.thcs")
    void anotherCellsMemberCannotOpenTheDraft() {
        long december = topicOf12AsSecretary();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> navigate("draft/" + december, DraftView.class))
                .hasMessageContaining("AccessDeniedView");
    }

    private long topicOf12AsSecretary() {
        // the id is found without the other cell's rights, as an attacker typing ids would
        return demo.revisedTopic(demo.primarySchool(), year);
    }
}
