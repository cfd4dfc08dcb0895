package vn.chibo.live.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.live.LiveEvents;
import vn.chibo.minutes.domain.VoteChoice;
import vn.chibo.minutes.domain.VoteMatter;
import vn.chibo.minutes.service.LiveLinks;
import vn.chibo.minutes.service.VoteRow;
import vn.chibo.minutes.service.VoteService;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.TodaysMeeting;

/**
 * Voting from the phones' page: a full member present casts one ballot, the count on the pages follows others'
 * ballots through LiveEvents, a probationary member has no buttons, and a closed vote shows its result.
 */
@DateSensitive
@ChiboSpringTest
@Transactional
class LiveVotesTest extends SpringBrowserlessTest {

    @Autowired
    TodaysMeeting today;

    @Autowired
    VoteService votes;

    @Autowired
    LiveEvents live;

    @Autowired
    Demo demo;

    @Autowired
    DemoUsers users;

    @AfterEach
    void logout() {
        users.logout();
    }

    /** A meeting of today with everyone present and the resolution put to an electronic vote. */
    private record Opened(long meeting, VoteRow vote) {}

    private Opened opened() {
        users.login("bithu");
        long meeting = today.startedWithAllPresentBut(null).meeting().id();
        return new Opened(meeting, votes.open(meeting, VoteMatter.RESOLUTION, "Nghị quyết tháng"));
    }

    private VoteRow now(Opened o) {
        return votes.votes(o.meeting()).getFirst();
    }

    private static final String SUBJECT = "Nghị quyết: Nghị quyết tháng";

    @Test
    void aFullMemberVotesOnceFromThePhoneAndTheCountFollowsOthersBallots() throws InterruptedException {
        Opened o = opened();
        int base = o.vote().base();
        users.login("dangvien");
        LiveMeetingView page = navigate(LiveLinks.live(o.meeting()), LiveMeetingView.class);
        assertThat($(Paragraph.class).withText(SUBJECT).all()).hasSize(1);
        assertThat(voteCount()).isEqualTo("Đã biểu quyết 0/" + base);
        assertThat($(Button.class).withClassName("live-ballot").all())
                .extracting(Button::getText)
                .containsExactly("Tán thành", "Không tán thành", "Ý kiến khác");

        test($(Button.class).withText("Không tán thành").single()).click();
        long ha = demo.member("Lê Thị Thu Hà");
        assertThat(now(o).voted()).containsExactly(ha);
        assertThat(now(o).againstCount()).isEqualTo(1);
        assertThat(voteState()).isEqualTo("Đồng chí đã biểu quyết.");
        assertThat(voteCount()).isEqualTo("Đã biểu quyết 1/" + base);
        assertThat($(Button.class).withClassName("live-ballot").all())
                .as("one ballot each")
                .isEmpty();
        assertThatThrownBy(() -> votes.cast(o.meeting(), o.vote().id(), ha, VoteChoice.FOR))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("vote.error.twice");
        assertThat(now(o).forCount()).as("the refused ballot changed nothing").isZero();

        // the deputy secretary votes on her own phone; the change reaches this page as another node's would
        users.as(
                "phobithu",
                () -> votes.cast(o.meeting(), o.vote().id(), demo.member("Nguyễn Văn Hùng"), VoteChoice.FOR));
        live.poll();
        waitFor(() -> voteCount().equals("Đã biểu quyết 2/" + base));
        assertThat(voteState()).isEqualTo("Đồng chí đã biểu quyết.");
        assertThat(page.getElement().getTextRecursively())
                .as("nobody's choice is shown while the vote is open")
                .doesNotContain("tán thành ·");
    }

    @Test
    void anotherMembersBallotChangesOnlyTheVoteCountOnAPhone() throws InterruptedException {
        Opened o = opened();
        int base = o.vote().base();
        users.login("dangvien");
        navigate(LiveLinks.live(o.meeting()), LiveMeetingView.class);
        Div line = $(Div.class).withClassName("live-vote-open").single();
        List<Button> ballots = $(Button.class).withClassName("live-ballot").all();

        users.as(
                "phobithu",
                () -> votes.cast(o.meeting(), o.vote().id(), demo.member("Nguyễn Văn Hùng"), VoteChoice.FOR));
        live.poll();
        waitFor(() -> voteCount().equals("Đã biểu quyết 1/" + base));

        assertThat($(Div.class).withClassName("live-vote-open").single())
                .as("the vote's line is the one drawn, its count updated in place")
                .isSameAs(line);
        assertThat($(Button.class).withClassName("live-ballot").all())
                .usingElementComparator((a, b) -> a == b ? 0 : 1)
                .containsExactlyElementsOf(ballots);
    }

    @Test
    void aBallotTappedJustAfterAnotherMembersBallotRedrewThePageStillCounts() throws InterruptedException {
        Opened o = opened();
        int base = o.vote().base();
        users.login("dangvien");
        navigate(LiveLinks.live(o.meeting()), LiveMeetingView.class);
        // the button as the phone drew it, before the tap reaches the server
        Button tapped = $(Button.class).withText("Tán thành").single();

        users.as(
                "phobithu",
                () -> votes.cast(o.meeting(), o.vote().id(), demo.member("Nguyễn Văn Hùng"), VoteChoice.FOR));
        live.poll();
        waitFor(() -> voteCount().equals("Đã biểu quyết 1/" + base));

        test(tapped).click();
        assertThat(now(o).voted()).contains(demo.member("Lê Thị Thu Hà"));
        assertThat(now(o).forCount()).isEqualTo(2);
        assertThat(voteState()).isEqualTo("Đồng chí đã biểu quyết.");
    }

    @Test
    void aProbationaryMemberSeesTheVoteWithoutButtons() {
        Opened o = opened();
        users.login("nhung");
        navigate(LiveLinks.live(o.meeting()), LiveMeetingView.class);
        assertThat(voteCount()).isEqualTo("Đã biểu quyết 0/" + o.vote().base());
        assertThat(voteState()).startsWith("Đảng viên dự bị dự họp, phát biểu ý kiến nhưng không biểu quyết");
        assertThat($(Button.class).withClassName("live-ballot").all()).isEmpty();
    }

    @Test
    void aClosedVoteShowsItsResultAndNoButtons() throws InterruptedException {
        Opened o = opened();
        votes.cast(o.meeting(), o.vote().id(), demo.member("Phạm Thị Hoàn"), VoteChoice.FOR);
        users.login("dangvien");
        navigate(LiveLinks.live(o.meeting()), LiveMeetingView.class);
        assertThat($(Button.class).withClassName("live-ballot").all()).hasSize(3);

        VoteRow closed =
                users.as("bithu", () -> votes.close(o.meeting(), o.vote().id(), now(o).version()));
        live.poll();
        waitFor(() -> !$(Div.class).withClassName("live-vote-closed").all().isEmpty());
        assertThat(result())
                .isEqualTo(SUBJECT + "1/" + closed.base() + " tán thành · 0 không tán thành · 0 ý kiến khác"
                        + "Không thông qua");
        assertThat($(Button.class).withClassName("live-ballot").all()).isEmpty();
        assertThat($(Div.class).withClassName("live-vote-count").all()).isEmpty();
    }

    @Test
    void theRoomsScreenCountsTheBallotsAndShowsTheLastResult() throws InterruptedException {
        Opened o = opened();
        navigate(LiveLinks.room(o.meeting()), RoomScreenView.class);
        assertThat(voteCount()).isEqualTo("Đã biểu quyết 0/" + o.vote().base());

        users.as(
                "dangvien", () -> votes.cast(o.meeting(), o.vote().id(), demo.member("Lê Thị Thu Hà"), VoteChoice.FOR));
        live.poll();
        waitFor(() -> voteCount().equals("Đã biểu quyết 1/" + o.vote().base()));

        VoteRow closed = votes.close(o.meeting(), o.vote().id(), now(o).version());
        live.poll();
        waitFor(() -> $(Div.class).withClassName("live-vote-count").all().isEmpty());
        assertThat($(Div.class)
                        .withClassName("room-vote-result")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .isEqualTo(SUBJECT + "1/" + closed.base() + " tán thành · 0 không tán thành · 0 ý kiến khác"
                        + "Không thông qua");
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

    private String result() {
        return $(Div.class)
                .withClassName("live-vote-closed")
                .single()
                .getElement()
                .getTextRecursively();
    }

    private static void waitFor(Supplier<Boolean> condition) throws InterruptedException {
        PageUpdates.await(condition::get, () -> roundTrip());
    }
}
