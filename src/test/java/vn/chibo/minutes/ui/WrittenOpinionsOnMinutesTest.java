package vn.chibo.minutes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.minutes.domain.VoteChoice;
import vn.chibo.minutes.domain.VoteMatter;
import vn.chibo.minutes.service.LiveFloor;
import vn.chibo.minutes.service.MeetingFloorService;
import vn.chibo.minutes.service.MeetingSheet;
import vn.chibo.minutes.service.MinutesData;
import vn.chibo.minutes.service.MinutesService;
import vn.chibo.minutes.service.VoteRow;
import vn.chibo.minutes.service.VoteService;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.TodaysMeeting;

/**
 * The minute-taker takes a member's written opinion into the minutes from the meeting's page: it joins the form's
 * opinions, and the form goes on saving — no "changed by someone else" for the change the form itself asked for.
 */
@DateSensitive
@ChiboSpringTest
@Transactional
class WrittenOpinionsOnMinutesTest extends SpringBrowserlessTest {

    private static final String HA = "Lê Thị Thu Hà";
    private static final String HUNG = "Nguyễn Văn Hùng";
    private static final String OPINION = "Đề nghị khen thưởng tổ chuyên môn.";

    @Autowired
    TodaysMeeting today;

    @Autowired
    MeetingFloorService floors;

    @Autowired
    MinutesService minutes;

    @Autowired
    VoteService votes;

    @Autowired
    Demo demo;

    @Autowired
    DemoUsers users;

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void anOpinionTakenInFromTheMinutesCardJoinsTheFormWhichGoesOnSaving() {
        users.login("bithu");
        long meeting = today.startedWithAllPresentBut(null).meeting().id();
        users.as("dangvien", () -> floors.sendOpinion(meeting, "Đề nghị khen thưởng tổ chuyên môn."));
        users.as("dangvien", () -> floors.sendOpinion(meeting, "Ý kiến thứ hai."));

        navigate("meeting/" + meeting, MeetingView.class);
        assertThat($(Div.class)
                        .withClassName("written-opinions")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("Ý kiến chờ tiếp nhận"
                        + HA + "Đề nghị khen thưởng tổ chuyên môn.Đưa vào biên bảnKhông đưa vào"
                        + HA + "Ý kiến thứ hai.Đưa vào biên bảnKhông đưa vào");
        TextArea conclusion =
                $(TextArea.class).withCaption("Kết luận của chủ trì").single();
        test(conclusion).setValue("Chi bộ hoàn thành nhiệm vụ.");

        test($(Button.class).withText("Đưa vào biên bản").first()).click();
        test($(Button.class).withText("Không đưa vào").single()).click();
        assertThat($(Div.class).withClassName("written-opinions").single().getChildren())
                .as("nothing left to decide")
                .isEmpty();
        assertThat($(TextArea.class).withCaption("Nội dung ý kiến").all())
                .extracting(TextArea::getValue)
                .containsExactly("Đề nghị khen thưởng tổ chuyên môn.");

        test(conclusion).setValue("Chi bộ hoàn thành tốt nhiệm vụ.");
        assertThat($(Span.class).withClassName("autosave-status").single().getText())
                .as("the form saved after the opinion was taken in")
                .startsWith("Đã tự động lưu lúc");
        assertThat(minutes.sheet(meeting).conclusion()).isEqualTo("Chi bộ hoàn thành tốt nhiệm vụ.");
        assertThat(minutes.sheet(meeting).opinions())
                .as("and kept the opinion, under her name")
                .containsExactly(
                        new MinutesData.OpinionData(demo.member(HA), HA, "Đề nghị khen thưởng tổ chuyên môn."));
    }

    @Test
    void anOpinionTakenInFromThePhoneWhileTheMinuteTakerTypesJoinsHerFormAndHerTypingIsSaved() {
        users.login("bithu");
        long meeting = today.startedWithAllPresentBut(null).meeting().id();
        users.as("dangvien", () -> floors.sendOpinion(meeting, OPINION));
        TextArea conclusion = typingTheConclusion(meeting);

        // the chair takes it in from her phone (the live page's call), not from this form
        LiveFloor.Written sent = floors.floor(meeting).pending().getFirst();
        floors.acceptOpinion(meeting, sent.id(), sent.version());

        assertTheFormSaves(meeting, conclusion);
        assertThat(minutes.sheet(meeting).opinions())
                .as("the opinion taken in on the phone kept, under her name")
                .containsExactly(new MinutesData.OpinionData(demo.member(HA), HA, OPINION));
        assertThat($(TextArea.class).withCaption("Nội dung ý kiến").all())
                .as("and shown in the form")
                .extracting(TextArea::getValue)
                .containsExactly(OPINION);
    }

    @Test
    void aConclusionChangedElsewhereWhileTheMinuteTakerTypesIsNotSavedOver() {
        users.login("bithu");
        long meeting = today.startedWithAllPresentBut(null).meeting().id();
        TextArea conclusion = typingTheConclusion(meeting);

        MeetingSheet elsewhere = minutes.sheet(meeting);
        MinutesData other = new MinutesData();
        other.openedAt = elsewhere.openedAt();
        other.content = elsewhere.content();
        other.conclusion = "Kết luận do người khác sửa.";
        other.opinions.addAll(elsewhere.opinions());
        minutes.saveMinutes(meeting, elsewhere.recordVersion(), other);

        test(conclusion).setValue("Chi bộ hoàn thành tốt nhiệm vụ.");
        assertThat($(Span.class).withClassName("autosave-status").single().getText())
                .startsWith("Bản ghi này vừa được người khác thay đổi.");
        assertThat(minutes.sheet(meeting).conclusion()).isEqualTo("Kết luận do người khác sửa.");
    }

    @Test
    void aVoteOpenedAndClosedFromThePhoneWhileTheMinuteTakerTypesDoesNotStopHerForm() {
        users.login("bithu");
        long meeting = today.startedWithAllPresentBut(null).meeting().id();
        TextArea conclusion = typingTheConclusion(meeting);

        VoteRow opened = votes.open(meeting, VoteMatter.OTHER, "Cử đồng chí dự lớp bồi dưỡng", false);
        votes.cast(meeting, opened.id(), demo.member(HA), VoteChoice.FOR);
        long now = votes.votes(meeting).stream()
                .filter(v -> v.id() == opened.id())
                .findFirst()
                .orElseThrow()
                .version();
        votes.close(meeting, opened.id(), now);

        assertTheFormSaves(meeting, conclusion);
    }

    @Test
    void aSaveRefusedRightAfterTakingInAPhonesOpinionDoesNotTakeItInTwice() {
        users.login("bithu");
        long meeting =
                today.startedWithAllPresentBut(demo.member(HUNG)).meeting().id();
        users.as("dangvien", () -> floors.sendOpinion(meeting, OPINION));
        typingTheConclusion(meeting);
        test($(Button.class).withText("Thêm ý kiến").single()).click();
        test($(TextArea.class).withCaption("Nội dung ý kiến").single()).setValue("Đề nghị bổ sung kế hoạch.");
        LiveFloor.Written sent = floors.floor(meeting).pending().getFirst();
        floors.acceptOpinion(meeting, sent.id(), sent.version());

        // she names the absent member as its speaker: the phone's opinion is taken in, and the save refused
        test($(Select.class).withCaption("Người phát biểu").single()).selectItem(HUNG);
        assertThat($(Span.class).withClassName("autosave-status").single().getText())
                .startsWith("Đồng chí " + HUNG + " vắng mặt");
        assertThat($(TextArea.class).withCaption("Nội dung ý kiến").all())
                .extracting(TextArea::getValue)
                .containsExactly("Đề nghị bổ sung kế hoạch.", OPINION);

        test($(Select.class).withCaption("Người phát biểu").first()).selectItem(HA);
        assertThat($(Span.class).withClassName("autosave-status").single().getText())
                .startsWith("Đã tự động lưu lúc");
        assertThat(minutes.sheet(meeting).opinions())
                .as("hers, then the phone's once")
                .containsExactly(
                        new MinutesData.OpinionData(demo.member(HA), HA, "Đề nghị bổ sung kế hoạch."),
                        new MinutesData.OpinionData(demo.member(HA), HA, OPINION));
        assertThat($(TextArea.class).withCaption("Nội dung ý kiến").all()).hasSize(2);
    }

    /** The meeting's page opened by the minute-taker, a first conclusion typed (and autosaved). */
    private TextArea typingTheConclusion(long meeting) {
        navigate("meeting/" + meeting, MeetingView.class);
        TextArea conclusion =
                $(TextArea.class).withCaption("Kết luận của chủ trì").single();
        test(conclusion).setValue("Chi bộ hoàn thành nhiệm vụ.");
        return conclusion;
    }

    /** She types on, and the form saves it: no "changed by someone else". */
    private void assertTheFormSaves(long meeting, TextArea conclusion) {
        test(conclusion).setValue("Chi bộ hoàn thành tốt nhiệm vụ.");
        assertThat($(Span.class).withClassName("autosave-status").single().getText())
                .as("saved, not 'changed by someone else'")
                .startsWith("Đã tự động lưu lúc");
        assertThat(minutes.sheet(meeting).conclusion()).isEqualTo("Chi bộ hoàn thành tốt nhiệm vụ.");
    }
}
