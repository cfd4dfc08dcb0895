package vn.chibo.live.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.live.LiveEvents;
import vn.chibo.minutes.domain.WrittenOpinionState;
import vn.chibo.minutes.service.LiveFloor;
import vn.chibo.minutes.service.LiveLinks;
import vn.chibo.minutes.service.MeetingFloorService;
import vn.chibo.minutes.service.MinutesData;
import vn.chibo.minutes.service.MinutesService;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.TodaysMeeting;

/**
 * The floor on the phones' page and the room's screen: the agenda with its current item, "Xin phát biểu" and the
 * chair's queue, written opinions and their acceptance into the minutes. What one user does reaches the other's page
 * through LiveEvents, as another node's change would.
 */
@DateSensitive
@ChiboSpringTest
@Transactional
class LiveFloorTest extends SpringBrowserlessTest {

    private static final String HA = "Lê Thị Thu Hà"; // dangvien

    @Autowired
    TodaysMeeting today;

    @Autowired
    MeetingFloorService floors;

    @Autowired
    MinutesService minutes;

    @Autowired
    LiveEvents live;

    @Autowired
    Demo demo;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        users.logout();
    }

    /** Today's meeting of the primary school, everyone present; the secretary stays logged in. */
    private long started() {
        users.login("bithu");
        return today.startedWithAllPresentBut(null).meeting().id();
    }

    @Test
    void aMemberAsksToSpeakSeesTheirPlaceAndIsCalledByTheChair() throws InterruptedException {
        long meeting = started();
        users.login("dangvien");
        navigate(LiveLinks.live(meeting), LiveMeetingView.class);
        assertThat(items()).hasSize(7).first().isEqualTo("Khai mạc, kiểm diện, thông qua chương trình");
        assertThat(current()).as("no item set yet").isEmpty();
        assertThat($(Button.class).withText("Mục tiếp theo").all())
                .as("a member does not move it")
                .isEmpty();

        test($(Button.class).withText("Xin phát biểu").single()).click();
        assertThat(mine()).isEqualTo("Đồng chí đứng thứ 1 trong danh sách chờ phát biểu.");
        assertThat(jdbc.queryForObject(
                        "select state from speaker_request where meeting_id = ? and member_id = ?",
                        String.class,
                        meeting,
                        demo.member(HA)))
                .isEqualTo("WAITING");
        assertThat($(Button.class).withText("Xin phát biểu").all()).as("once").isEmpty();

        // the chair, on her own phone, gives her the floor and moves to the third item
        users.as("bithu", () -> {
            LiveFloor.Speaker ha = floors.floor(meeting).waiting().getFirst();
            floors.callSpeaker(meeting, ha.id(), ha.version());
            return floors.setAgendaItem(meeting, 2);
        });
        live.poll();
        waitFor(() -> mine().equals("Chủ trì đã mời đồng chí phát biểu."));
        waitFor(() -> current().equals(List.of("Đánh giá kết quả thực hiện nhiệm vụ tháng" + "Đang thảo luận")));
        assertThat($(Div.class)
                        .withClassName("floor-speaking")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("Đang phát biểu: đồng chí " + HA);
        assertThat($(Button.class).withText("Rút đăng ký phát biểu").all())
                .as("speaking, no longer waiting")
                .isEmpty();
    }

    @Test
    void theChairSeesTheQueueCallsAndEndsAndMovesTheAgenda() throws InterruptedException {
        long meeting = started();
        navigate(LiveLinks.live(meeting), LiveMeetingView.class);
        test($(Button.class).withText("Mục tiếp theo").single()).click();
        assertThat(current()).containsExactly("Khai mạc, kiểm diện, thông qua chương trình" + "Đang thảo luận");
        test($(Button.class).withText("Mục tiếp theo").single()).click();
        assertThat(jdbc.queryForObject("select item from agenda_position where meeting_id = ?", Integer.class, meeting))
                .isEqualTo(1);
        test($(Button.class).withText("Chuyển đến mục này").all().get(4)).click(); // the sixth item: the fifth button
        assertThat(current()).containsExactly("Chủ trì kết luận; chi bộ biểu quyết nghị quyết" + "Đang thảo luận");

        users.as("dangvien", () -> floors.askToSpeak(meeting));
        live.poll();
        waitFor(() -> !$(Div.class).withClassName("floor-row").all().isEmpty());
        assertThat($(Div.class).withClassName("floor-row").single().getElement().getTextRecursively())
                .isEqualTo("1. " + HA + "Mời phát biểu");
        test($(Button.class).withText("Mời phát biểu").single()).click();
        assertThat($(Div.class)
                        .withClassName("floor-speaking")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("Đang phát biểu: đồng chí " + HA + "Xong");
        assertThat($(Div.class).withClassName("floor-row").all()).isEmpty();
        test($(Button.class).withText("Xong").single()).click();
        assertThat($(Div.class).withClassName("floor-speaking").all()).isEmpty();
        assertThat(jdbc.queryForObject("select state from speaker_request where meeting_id = ?", String.class, meeting))
                .isEqualTo("DONE");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theChairPutsAHandRaisedInTheRoomInTheQueue() {
        long meeting = started();
        navigate(LiveLinks.live(meeting), LiveMeetingView.class);
        Select<LiveFloor.Present> who =
                $(Select.class).withClassName("floor-add-who").single();
        test(who).selectItem(HA);
        test($(Button.class).withText("Thêm vào danh sách").single()).click();
        assertThat($(Div.class).withClassName("floor-row").single().getElement().getTextRecursively())
                .isEqualTo("1. " + HA + "Mời phát biểu");
        assertThat(jdbc.queryForObject(
                        "select member_id from speaker_request where meeting_id = ? and state = 'WAITING'",
                        Long.class,
                        meeting))
                .isEqualTo(demo.member(HA));
        assertThat($(Select.class)
                        .withClassName("floor-add-who")
                        .single()
                        .getListDataView()
                        .getItems())
                .as("once in the queue, not offered again")
                .noneMatch(p -> ((LiveFloor.Present) p).name().equals(HA));
    }

    @Test
    void aWrittenOpinionIsSentKeptWhileTypingAndAcceptedIntoTheMinutes() throws InterruptedException {
        long meeting = started();
        users.login("dangvien");
        navigate(LiveLinks.live(meeting), LiveMeetingView.class);
        TextArea text = $(TextArea.class).single();
        test(text).setValue("Đề nghị   tổ chức sinh hoạt ngoại khóa.");

        // someone else's change redraws the page while she types: her text stays
        users.as("bithu", () -> floors.setAgendaItem(meeting, 1));
        live.poll();
        waitFor(() -> !current().isEmpty());
        assertThat($(TextArea.class).single().getValue()).isEqualTo("Đề nghị   tổ chức sinh hoạt ngoại khóa.");

        test($(Button.class).withText("Gửi ý kiến").single()).click();
        assertThat($(TextArea.class).single().getValue())
                .as("sent, the area is empty again")
                .isEmpty();
        assertThat(myOpinions()).containsExactly("Đề nghị tổ chức sinh hoạt ngoại khóa.Chờ tiếp nhận");

        users.login("bithu");
        navigate(LiveLinks.live(meeting), LiveMeetingView.class);
        assertThat($(Div.class)
                        .withClassName("floor-pending")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .isEqualTo(HA + "Đề nghị tổ chức sinh hoạt ngoại khóa.Đưa vào biên bảnKhông đưa vào");
        test($(Button.class).withText("Đưa vào biên bản").single()).click();
        assertThat(minutes.sheet(meeting).opinions())
                .containsExactly(
                        new MinutesData.OpinionData(demo.member(HA), HA, "Đề nghị tổ chức sinh hoạt ngoại khóa."));
        assertThat($(Div.class).withClassName("floor-pending").all())
                .as("nothing left to decide")
                .isEmpty();

        users.login("dangvien");
        assertThat(floors.floor(meeting).mine())
                .extracting(LiveFloor.Written::state)
                .containsExactly(WrittenOpinionState.ACCEPTED);
        navigate(LiveLinks.live(meeting), LiveMeetingView.class);
        assertThat(myOpinions()).containsExactly("Đề nghị tổ chức sinh hoạt ngoại khóa.Đã đưa vào biên bản");
    }

    @Test
    void aMemberSeesTheSecretaryDecideTheirOpinionAsItHappens() throws InterruptedException {
        long meeting = started();
        users.login("dangvien");
        navigate(LiveLinks.live(meeting), LiveMeetingView.class);
        test($(TextArea.class).single()).setValue("Không đưa vào");
        test($(Button.class).withText("Gửi ý kiến").single()).click();

        users.as("bithu", () -> {
            LiveFloor.Written w = floors.floor(meeting).pending().getFirst();
            return floors.setOpinionAside(meeting, w.id(), w.version());
        });
        live.poll();
        waitFor(() -> myOpinions().equals(List.of("Không đưa vàoKhông đưa vào")));
    }

    @Test
    void theRoomsScreenShowsTheCurrentItemWhoSpeaksAndWhoWaits() throws InterruptedException {
        long meeting = started();
        navigate(LiveLinks.room(meeting), RoomScreenView.class);
        assertThat($(H2.class).withClassName("room-item").all()).isEmpty();

        floors.setAgendaItem(meeting, 4);
        users.as("dangvien", () -> floors.askToSpeak(meeting));
        users.as("phobithu", () -> floors.askToSpeak(meeting));
        LiveFloor.Speaker first = floors.floor(meeting).waiting().getFirst();
        floors.callSpeaker(meeting, first.id(), first.version());
        live.poll();
        waitFor(() -> !$(H2.class).withClassName("room-item").all().isEmpty());
        assertThat($(H2.class).withClassName("room-item").single().getText())
                .isEqualTo("Thảo luận, ý kiến của đảng viên");
        assertThat($(Paragraph.class).withClassName("room-item-number").single().getText())
                .isEqualTo("Mục 5/7");
        assertThat($(Paragraph.class).withClassName("room-speaking").single().getText())
                .isEqualTo("Đang phát biểu: đồng chí " + HA);
        assertThat($(Paragraph.class).withClassName("room-waiting").single().getText())
                .isEqualTo("Chờ phát biểu: Nguyễn Văn Hùng");
    }

    private List<String> items() {
        return $(ListItem.class).withClassName("floor-item").all().stream()
                .map(li -> li.getElement().getTextRecursively())
                .toList();
    }

    private List<String> current() {
        return $(ListItem.class).withClassName("floor-item-current").all().stream()
                .map(li -> li.getElement().getTextRecursively())
                .toList();
    }

    private String mine() {
        return $(Paragraph.class).withClassName("floor-mine").single().getText();
    }

    private List<String> myOpinions() {
        return $(Div.class)
                .withClassName("floor-my-opinions")
                .single()
                .getChildren()
                .map(c -> c.getElement().getTextRecursively())
                .toList();
    }

    private static void waitFor(Supplier<Boolean> condition) throws InterruptedException {
        PageUpdates.await(condition::get, () -> roundTrip());
    }
}
