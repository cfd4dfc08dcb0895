package vn.chibo.live.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.live.LiveEvents;
import vn.chibo.dashboard.ui.HomeView;
import vn.chibo.minutes.domain.VoteChoice;
import vn.chibo.minutes.domain.VoteMatter;
import vn.chibo.minutes.domain.VoteMethod;
import vn.chibo.minutes.service.LiveLinks;
import vn.chibo.minutes.service.VoteRow;
import vn.chibo.minutes.service.VoteService;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.TodaysMeeting;

/**
 * The chair runs the votes from the live page — open or secret —, the phones show a secret vote's participation only,
 * the chair records a ballot for a member without a phone, and a phone whose connection dropped comes back to the
 * server's state: its ballot there, a retried click refused with the rule's own words, nothing counted twice.
 */
@DateSensitive
@ChiboSpringTest
@Transactional
class LiveSecretVotesTest extends SpringBrowserlessTest {

    private static final String SUBJECT = "Nghị quyết: Nghị quyết tháng";

    @Autowired
    TodaysMeeting today;

    @Autowired
    VoteService votes;

    @Autowired
    LiveEvents live;

    @Autowired
    JdbcTemplate db;

    @Autowired
    Demo demo;

    @Autowired
    DemoUsers users;

    @AfterEach
    void logout() {
        users.logout();
    }

    /** Today's meeting, started by the secretary with everyone present; its id. */
    private long started() {
        users.login("bithu");
        return today.startedWithAllPresentBut(null).meeting().id();
    }

    private VoteRow openedSecret(long meeting) {
        return users.as("bithu", () -> votes.open(meeting, VoteMatter.RESOLUTION, "Nghị quyết tháng", true));
    }

    private VoteRow now(long meeting) {
        return users.as("bithu", () -> votes.votes(meeting).getFirst());
    }

    @Test
    void theChairOpensASecretVoteOnThePhoneAndEveryPageShowsOnlyWhoHasVoted() throws InterruptedException {
        long meeting = started();
        navigate(LiveLinks.live(meeting), LiveMeetingView.class);
        assertThat($(Div.class).withClassName("live-vote-start").all())
                .as("the chair may open a vote")
                .hasSize(1);
        test($(TextField.class).withClassName("live-vote-subject").single()).setValue("Nghị quyết tháng");
        test($(RadioButtonGroup.class).withClassName("live-vote-secrecy").single())
                .selectItem("Bỏ phiếu kín");
        test($(Button.class).withClassName("live-vote-start-button").single()).click();

        VoteRow opened = now(meeting);
        assertThat(opened.secret()).isTrue();
        assertThat(opened.method()).isEqualTo(VoteMethod.ELECTRONIC);
        assertThat(opened.subject()).isEqualTo("Nghị quyết tháng");
        int base = opened.base();
        assertThat($(Span.class).withClassName("live-vote-kind").single().getText())
                .isEqualTo("Bỏ phiếu kín");
        assertThat(voteCount()).isEqualTo("Đã biểu quyết 0/" + base);
        assertThat($(Div.class).withClassName("live-vote-start").all())
                .as("one vote at a time: the form is hidden")
                .isEmpty();

        navigate(HomeView.class); // the chair's page goes: a browser page is one user's
        users.login("dangvien");
        LiveMeetingView member = navigate(LiveLinks.live(meeting), LiveMeetingView.class);
        assertThat($(Paragraph.class).withText(SUBJECT).all()).hasSize(1);
        assertThat($(Paragraph.class).withClassName("live-vote-note").single().getText())
                .startsWith("Bỏ phiếu kín: không ai biết đồng chí chọn gì");
        assertThat($(Button.class).withClassName("live-vote-close").all())
                .as("only the chair closes")
                .isEmpty();
        test($(Button.class).withText("Không tán thành").single()).click();
        long ha = demo.member("Lê Thị Thu Hà");
        assertThat(voteState()).isEqualTo("Đồng chí đã biểu quyết.");
        assertThat(voteCount()).isEqualTo("Đã biểu quyết 1/" + base);
        assertThat(db.queryForList(
                        "select choice from vote_ballot where member_id = ? and vote_id = ?", ha, opened.id()))
                .as("the ballot in the database says she voted, not how")
                .singleElement()
                .satisfies(r -> assertThat(r.get("choice")).isNull());

        // another member votes on her own phone; the participation reaches this page, never a tally
        users.as("phobithu", () -> votes.cast(meeting, opened.id(), demo.member("Nguyễn Văn Hùng"), VoteChoice.FOR));
        live.poll();
        waitFor(() -> voteCount().equals("Đã biểu quyết 2/" + base));
        assertThat($(Paragraph.class).withClassName("live-vote-tally").all()).isEmpty();
        assertThat(member.getElement().getTextRecursively()).doesNotContain("tán thành ·");

        users.as("bithu", () -> votes.close(meeting, opened.id(), now(meeting).version()));
        live.poll();
        waitFor(() -> !$(Div.class).withClassName("live-vote-closed").all().isEmpty());
        assertThat($(Div.class)
                        .withClassName("live-vote-closed")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .as("the result once closed")
                .isEqualTo(
                        SUBJECT + "1/" + base + " tán thành · 1 không tán thành · 0 ý kiến khác" + "Không thông qua");
        assertThat($(Paragraph.class).withClassName("live-vote-mine").single().getText())
                .isEqualTo("Đồng chí đã biểu quyết trong lần này.");
    }

    @Test
    void theChairSeesTheRunningTallyOfAnOpenVoteAndTheMembersDoNot() throws InterruptedException {
        long meeting = started();
        navigate(LiveLinks.live(meeting), LiveMeetingView.class);
        test($(Button.class).withClassName("live-vote-start-button").single()).click(); // open (công khai): the default
        VoteRow opened = now(meeting);
        assertThat(opened.secret()).isFalse();
        assertThat($(Span.class).withClassName("live-vote-kind").single().getText())
                .isEqualTo("Biểu quyết công khai");

        users.as("dangvien", () -> votes.cast(meeting, opened.id(), demo.member("Lê Thị Thu Hà"), VoteChoice.AGAINST));
        live.poll();
        waitFor(() -> voteCount().equals("Đã biểu quyết 1/" + opened.base()));
        assertThat($(Paragraph.class).withClassName("live-vote-tally").single().getText())
                .isEqualTo("Đang có: 0 tán thành · 1 không tán thành · 0 ý kiến khác");

        navigate(HomeView.class);
        users.login("dangvien");
        navigate(LiveLinks.live(meeting), LiveMeetingView.class);
        assertThat($(Paragraph.class).withClassName("live-vote-tally").all()).isEmpty();
    }

    @Test
    void theChairRecordsTheBallotOfAMemberWithoutAPhoneAndClosesTheVote() {
        long meeting = started();
        VoteRow opened = openedSecret(meeting);
        navigate(LiveLinks.live(meeting), LiveMeetingView.class);
        long ha = demo.member("Lê Thị Thu Hà");
        test($(Button.class)
                        .withAriaLabel("Ghi phiếu cho Lê Thị Thu Hà: Tán thành")
                        .single())
                .click();
        assertThat(now(meeting).voted()).containsExactly(ha);
        assertThat(db.queryForObject(
                        "select count(*) from vote_ballot where vote_id = ? and choice is null",
                        Integer.class,
                        opened.id()))
                .as("secret on her behalf too")
                .isEqualTo(1);
        assertThat($(Button.class).withAriaLabelContaining("Lê Thị Thu Hà").all())
                .as("once recorded, she is off the list")
                .isEmpty();
        assertThat($(Button.class).withAriaLabelContaining("Nguyễn Văn Hùng").all())
                .hasSize(3);
        assertThat(voteCount()).isEqualTo("Đã biểu quyết 1/" + opened.base());

        test($(Button.class).withClassName("live-vote-close").single()).click();
        VoteRow closed = now(meeting);
        assertThat(closed.isClosed()).isTrue();
        assertThat(closed.forCount()).isEqualTo(1);
        assertThat($(Div.class)
                        .withClassName("live-vote-closed")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .startsWith(SUBJECT + "1/" + closed.base() + " tán thành");
        assertThat($(Button.class).withClassName("live-ballot").all()).isEmpty();
        assertThat($(Div.class).withClassName("live-vote-start").all())
                .as("the next vote may be opened")
                .hasSize(1);
    }

    /**
     * In the room the last ballots arrive while the chair reaches for "Kết thúc biểu quyết": a ballot her page has not
     * shown yet neither makes the tap "changed by someone else" nor is left out — the vote closes as it stands.
     */
    @Test
    void theChairsCloseRightAfterABallotHerPageHasNotShownYetClosesTheVoteWithIt() {
        long meeting = started();
        VoteRow opened = openedSecret(meeting);
        navigate(LiveLinks.live(meeting), LiveMeetingView.class);
        assertThat(voteCount()).isEqualTo("Đã biểu quyết 0/" + opened.base());

        users.as("dangvien", () -> votes.cast(meeting, opened.id(), demo.member("Lê Thị Thu Hà"), VoteChoice.FOR));
        assertThat(voteCount()).as("not shown yet").isEqualTo("Đã biểu quyết 0/" + opened.base());
        test($(Button.class).withClassName("live-vote-close").single()).click();

        VoteRow closed = now(meeting);
        assertThat(closed.isClosed()).isTrue();
        assertThat(closed.forCount()).isEqualTo(1);
        assertThat($(Paragraph.class).withClassName("live-vote-problem").all())
                .as("no problem shown")
                .isEmpty();
    }

    @Test
    void aProbationaryMemberSeesTheSecretVoteWithoutButtonsAndIsRefused() {
        long meeting = started();
        VoteRow opened = openedSecret(meeting);
        users.login("nhung");
        navigate(LiveLinks.live(meeting), LiveMeetingView.class);
        assertThat(voteCount()).isEqualTo("Đã biểu quyết 0/" + opened.base());
        assertThat(voteState()).startsWith("Đảng viên dự bị dự họp, phát biểu ý kiến nhưng không biểu quyết");
        assertThat($(Button.class).withClassName("live-ballot").all()).isEmpty();
        assertThat($(Div.class).withClassName("live-vote-start").all())
                .as("not the chair")
                .isEmpty();
        long nhung = demo.member("Bùi Thị Hồng Nhung");
        assertThatThrownBy(() -> votes.cast(meeting, opened.id(), nhung, VoteChoice.FOR))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("vote.error.probationary");
        assertThat(now(meeting).voted()).isEmpty();
    }

    @Test
    void aPhoneThatDroppedComesBackToItsBallotAndTheResult() throws InterruptedException {
        long meeting = started();
        VoteRow opened = openedSecret(meeting);
        users.login("dangvien");
        navigate(LiveLinks.live(meeting), LiveMeetingView.class);
        test($(Button.class).withText("Tán thành").single()).click();
        assertThat(live.listening(meeting)).isEqualTo(1);

        // the connection drops: the page goes away, and the meeting goes on without it
        navigate(HomeView.class);
        assertThat(live.listening(meeting)).as("the page left").isZero();
        users.as(
                "phobithu", () -> votes.cast(meeting, opened.id(), demo.member("Nguyễn Văn Hùng"), VoteChoice.AGAINST));
        users.as("bithu", () -> votes.close(meeting, opened.id(), now(meeting).version()));
        live.poll();

        // back: a new page of the same session reads everything again
        navigate(LiveLinks.live(meeting), LiveMeetingView.class);
        assertThat(live.listening(meeting)).isEqualTo(1);
        assertThat($(Div.class)
                        .withClassName("live-vote-closed")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .isEqualTo(SUBJECT + "1/" + opened.base() + " tán thành · 1 không tán thành · 0 ý kiến khác"
                        + "Không thông qua");
        assertThat($(Paragraph.class).withClassName("live-vote-mine").single().getText())
                .as("the ballot cast before the drop")
                .isEqualTo("Đồng chí đã biểu quyết trong lần này.");
        assertThat($(Button.class).withClassName("live-ballot").all()).isEmpty();
    }

    @Test
    void aClickRetriedAfterTheBallotWasTakenIsRefusedWithTheRuleAndCountsOnce() {
        long meeting = started();
        VoteRow opened = openedSecret(meeting);
        users.login("dangvien");
        navigate(LiveLinks.live(meeting), LiveMeetingView.class);
        long ha = demo.member("Lê Thị Thu Hà");
        // the first tap reached the server but its answer was lost with the connection: the page still offers the
        // buttons (the news is not polled here, as a phone out of reach would not hear it)
        votes.cast(meeting, opened.id(), ha, VoteChoice.AGAINST);
        assertThat($(Button.class).withClassName("live-ballot").all()).hasSize(3);

        test($(Button.class).withText("Tán thành").single()).click();
        assertThat($(Paragraph.class)
                        .withClassName("live-vote-problem")
                        .single()
                        .getText())
                .isEqualTo("Đồng chí Lê Thị Thu Hà đã bỏ phiếu cho vấn đề này.");
        assertThat(voteState()).isEqualTo("Đồng chí đã biểu quyết.");
        assertThat(voteCount()).isEqualTo("Đã biểu quyết 1/" + opened.base());
        assertThat($(Button.class).withClassName("live-ballot").all()).isEmpty();

        VoteRow closed = users.as(
                "bithu", () -> votes.close(meeting, opened.id(), now(meeting).version()));
        assertThat(closed.voted()).containsExactly(ha);
        assertThat(closed.againstCount()).as("the first ballot").isEqualTo(1);
        assertThat(closed.forCount()).as("the retried click counted nowhere").isZero();
    }

    @Test
    void aClickAfterTheVoteClosedIsRefusedWithTheRule() {
        long meeting = started();
        VoteRow opened = openedSecret(meeting);
        users.login("dangvien");
        navigate(LiveLinks.live(meeting), LiveMeetingView.class);
        users.as("bithu", () -> votes.close(meeting, opened.id(), opened.version()));

        test($(Button.class).withText("Tán thành").single()).click();
        assertThat($(Paragraph.class)
                        .withClassName("live-vote-problem")
                        .single()
                        .getText())
                .startsWith("Biểu quyết này đã kết thúc");
        assertThat($(Div.class).withClassName("live-vote-closed").all()).hasSize(1);
        assertThat($(Button.class).withClassName("live-ballot").all()).isEmpty();
        assertThat(now(meeting).voted()).isEmpty();
    }

    @Test
    void aPageSaysInItsLanguageThatItIsReconnecting() {
        long meeting = started();
        navigate(LiveLinks.live(meeting), LiveMeetingView.class);
        roundTrip();
        assertThat(UI.getCurrent().getReconnectDialogConfiguration().getDialogText())
                .isEqualTo("Mất kết nối, đang kết nối lại… Những gì đồng chí đã gửi được giữ trên máy chủ.");
        assertThat(UI.getCurrent().getReconnectDialogConfiguration().getDialogTextGaveUp())
                .startsWith("Mất kết nối. Hãy tải lại trang");
    }

    private String voteCount() {
        return $(Div.class)
                .withClassName("live-vote-count")
                .single()
                .getElement()
                .getTextRecursively();
    }

    private String voteState() {
        return $(Paragraph.class).withClassName("live-vote-state").single().getText();
    }

    private static void waitFor(Supplier<Boolean> condition) throws InterruptedException {
        PageUpdates.await(condition::get, () -> roundTrip());
    }
}
