package vn.chibo.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.minutes.domain.VoteChoice;
import vn.chibo.minutes.domain.VoteMatter;
import vn.chibo.minutes.domain.VoteMethod;
import vn.chibo.minutes.service.MeetingSheet;
import vn.chibo.minutes.service.MinutesDocuments;
import vn.chibo.minutes.service.MinutesService;
import vn.chibo.minutes.service.VoteRow;
import vn.chibo.minutes.service.VoteService;
import vn.chibo.security.service.CurrentUser;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.TodaysMeeting;

/**
 * Secret electronic votes (bỏ phiếu kín): the database keeps that a member voted, never how — read here as an
 * administrator reading the tables would —, the tally stays hidden until the chair closes the vote, and the rules
 * of every vote hold for it: probationary members do not vote, each member votes once, nothing changes after closing,
 * another cell's member is denied, and the chair records the ballot of a member without a phone.
 */
@DateSensitive
@ChiboSpringTest
@Transactional
class SecretVotesTest {

    @Autowired
    VoteService votes;

    @Autowired
    MinutesDocuments documents;

    @Autowired
    MinutesService minutes;

    @Autowired
    JdbcTemplate db;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    TodaysMeeting today;

    @Autowired
    Demo demo;

    @Autowired
    DemoUsers users;

    @AfterEach
    void logout() {
        users.logout();
    }

    /** Today's meeting with everyone present, and a secret vote on the resolution opened by the secretary. */
    private record Opened(MeetingSheet sheet, VoteRow vote) {
        long meeting() {
            return sheet.meeting().id();
        }
    }

    private Opened openedSecret() {
        users.login("bithu");
        MeetingSheet s = today.startedWithAllPresentBut(null);
        return new Opened(s, votes.open(s.meeting().id(), VoteMatter.RESOLUTION, "Nghị quyết tháng", true));
    }

    private VoteRow now(Opened o) {
        return votes.votes(o.meeting()).getFirst();
    }

    /** The ballots as they are in the database. */
    private List<Map<String, Object>> ballotRows(long voteId) {
        return db.queryForList("select member_id, choice from vote_ballot where vote_id = ? order by id", voteId);
    }

    private List<Long> fullMembers(MeetingSheet s) {
        return s.attendance().stream()
                .filter(a -> a.fullMember() && !a.exempted())
                .map(MeetingSheet.Attendee::memberId)
                .toList();
    }

    @Test
    void aSecretBallotKeepsThatTheMemberVotedAndNeverHow() {
        Opened o = openedSecret();
        long hoan = demo.member("Phạm Thị Hoàn");
        long ha = demo.member("Lê Thị Thu Hà");
        long hung = demo.member("Nguyễn Văn Hùng");
        votes.cast(o.meeting(), o.vote().id(), hoan, VoteChoice.FOR);
        users.as("dangvien", () -> votes.cast(o.meeting(), o.vote().id(), ha, VoteChoice.AGAINST));
        users.as("phobithu", () -> votes.cast(o.meeting(), o.vote().id(), hung, VoteChoice.FOR));

        assertThat(ballotRows(o.vote().id()))
                .as("who voted is kept, and nothing of how")
                .extracting(r -> ((Number) r.get("member_id")).longValue(), r -> r.get("choice"))
                .containsExactly(tuple(hoan, null), tuple(ha, null), tuple(hung, null));
        assertThat(db.queryForObject(
                        "select secret from vote where id = ?",
                        Boolean.class,
                        o.vote().id()))
                .isTrue();

        VoteRow open = now(o);
        assertThat(open.secret()).isTrue();
        assertThat(open.voted()).containsExactlyInAnyOrder(hoan, ha, hung);
        assertThat(List.of(open.forCount(), open.againstCount(), open.otherCount()))
                .as("no running tally of a secret vote leaves the server")
                .containsOnly(0);
        assertThat(open.tallyShown()).isFalse();

        VoteRow closed = votes.close(o.meeting(), o.vote().id(), open.version());
        assertThat(closed.forCount()).isEqualTo(2);
        assertThat(closed.againstCount()).isEqualTo(1);
        assertThat(closed.otherCount()).isZero();
        assertThat(closed.tallyShown()).isTrue();
        assertThat(ballotRows(o.vote().id()))
                .as("closing writes no choice either")
                .allSatisfy(r -> assertThat(r.get("choice")).isNull());
    }

    @Test
    void anOpenVoteKeepsEachMembersChoice() {
        users.login("bithu");
        MeetingSheet s = today.startedWithAllPresentBut(null);
        VoteRow open = votes.open(s.meeting().id(), VoteMatter.RESOLUTION, "", false);
        long ha = demo.member("Lê Thị Thu Hà");
        VoteRow cast = votes.cast(s.meeting().id(), open.id(), ha, VoteChoice.AGAINST);
        assertThat(cast.secret()).isFalse();
        assertThat(cast.againstCount()).as("an open vote's tally may show live").isEqualTo(1);
        assertThat(ballotRows(open.id()))
                .singleElement()
                .satisfies(r -> assertThat(r.get("choice")).isEqualTo("AGAINST"));
    }

    @Test
    void aProbationaryMemberIsRefusedInASecretVote() {
        Opened o = openedSecret();
        long probationary = o.sheet().attendance().stream()
                .filter(a -> !a.fullMember() && !a.exempted())
                .findFirst()
                .orElseThrow(() -> new AssertionError("the demo cell has a probationary member"))
                .memberId();
        assertThatThrownBy(() -> votes.cast(o.meeting(), o.vote().id(), probationary, VoteChoice.FOR))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("vote.error.probationary");
        assertThat(now(o).voted()).isEmpty();
        assertThat(ballotRows(o.vote().id())).isEmpty();
    }

    @Test
    void aSecondBallotAndABallotAfterClosingAreRefusedAndChangeNothing() {
        Opened o = openedSecret();
        List<Long> full = fullMembers(o.sheet());
        votes.cast(o.meeting(), o.vote().id(), full.get(0), VoteChoice.FOR);
        assertThatThrownBy(() -> votes.cast(o.meeting(), o.vote().id(), full.get(0), VoteChoice.AGAINST))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("vote.error.twice");
        VoteRow closed = votes.close(o.meeting(), o.vote().id(), now(o).version());
        assertThat(closed.forCount()).isEqualTo(1);
        assertThat(closed.againstCount())
                .as("the second ballot counted nowhere")
                .isZero();

        assertThatThrownBy(() -> votes.cast(o.meeting(), o.vote().id(), full.get(1), VoteChoice.AGAINST))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("vote.error.closed");
        VoteRow after = now(o);
        assertThat(after.voted()).containsExactly(full.get(0));
        assertThat(List.of(after.forCount(), after.againstCount(), after.otherCount()))
                .containsExactly(1, 0, 0);
        assertThat(ballotRows(o.vote().id())).hasSize(1);
    }

    @Test
    void anotherCellsMemberAndSecretaryAreDenied() {
        Opened o = openedSecret();
        users.login("dangvien.thcs");
        long thao = currentUser.memberId();
        assertThatThrownBy(() -> votes.cast(o.meeting(), o.vote().id(), thao, VoteChoice.FOR))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> votes.votes(o.meeting())).isInstanceOf(AccessDeniedException.class);
        users.login("bithu.thcs");
        assertThatThrownBy(() -> votes.cast(o.meeting(), o.vote().id(), demo.member("Lê Thị Thu Hà"), VoteChoice.FOR))
                .as("a secretary runs only her own cell's votes")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> votes.open(o.meeting(), VoteMatter.OTHER, "Việc khác", true))
                .isInstanceOf(AccessDeniedException.class);
        users.login("bithu");
        assertThat(now(o).voted()).isEmpty();
    }

    @Test
    void theChairRecordsTheBallotOfAMemberWithoutAPhoneAndAMemberCannot() {
        Opened o = openedSecret();
        long ha = demo.member("Lê Thị Thu Hà");
        long hung = demo.member("Nguyễn Văn Hùng");
        VoteRow cast = votes.cast(o.meeting(), o.vote().id(), ha, VoteChoice.FOR);
        assertThat(cast.voted()).containsExactly(ha);
        assertThat(ballotRows(o.vote().id()))
                .singleElement()
                .satisfies(r -> assertThat(r.get("choice"))
                        .as("secret on her behalf too")
                        .isNull());

        users.login("dangvien");
        assertThatThrownBy(() -> votes.cast(o.meeting(), o.vote().id(), hung, VoteChoice.AGAINST))
                .as("a member casts only her own ballot")
                .isInstanceOf(AccessDeniedException.class);
        users.login("bithu");
        assertThat(votes.close(o.meeting(), o.vote().id(), now(o).version()).forCount())
                .isEqualTo(1);
    }

    @Test
    void theMinutesSayWhetherAVoteWasOpenOrSecret() throws Exception {
        Opened o = openedSecret();
        votes.cast(o.meeting(), o.vote().id(), demo.member("Lê Thị Thu Hà"), VoteChoice.FOR);
        votes.close(o.meeting(), o.vote().id(), now(o).version());
        votes.record(o.meeting(), VoteMatter.MINUTES, "", VoteMethod.HAND, 3, 0, 0);
        long meeting = o.meeting();
        minutes.prepare(
                meeting,
                minutes.sheet(meeting).recordVersion(),
                "",
                demo.member("Phạm Thị Hoàn"),
                demo.member("Nguyễn Văn Hùng"));
        minutes.saveMinutes(
                meeting, minutes.sheet(meeting).recordVersion(), TodaysMeeting.completeMinutes(minutes.sheet(meeting)));
        minutes.finish(meeting); // the minutes of a meeting are written once it was held
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(documents.minutesDocx(o.meeting())));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertThat(extractor.getText())
                    .contains("Nghị quyết tháng: bỏ phiếu kín, điện tử; 1/")
                    .contains("Thông qua biên bản: biểu quyết công khai, giơ tay; 3/");
        }
    }
}
