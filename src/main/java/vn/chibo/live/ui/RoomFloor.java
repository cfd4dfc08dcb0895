package vn.chibo.live.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.stream.Collectors;
import vn.chibo.minutes.service.LiveFloor;
import vn.chibo.minutes.service.MeetingFloorService;

/** The room's screen part of the floor: the agenda item under discussion, large; who speaks and who waits. */
final class RoomFloor extends Div {

    private final MeetingFloorService floors;

    RoomFloor(MeetingFloorService floors) {
        this.floors = floors;
        addClassName("room-floor");
    }

    void read(long meetingId) {
        LiveFloor f = floors.floor(meetingId);
        removeAll();
        String item = f.currentItem();
        if (item != null) {
            Paragraph which = new Paragraph(
                    getTranslation("floor.itemOf", f.current() + 1, f.agenda().size()));
            which.addClassName("room-item-number");
            H2 text = new H2(item);
            text.addClassName("room-item");
            add(which, text);
        }
        LiveFloor.Speaker speaking = f.speaking();
        if (speaking != null) {
            Paragraph now = new Paragraph(getTranslation("floor.speaking", speaking.name()));
            now.addClassName("room-speaking");
            add(now);
        }
        if (!f.waiting().isEmpty()) {
            Paragraph next = new Paragraph(getTranslation(
                    "floor.roomWaiting",
                    f.waiting().stream().map(LiveFloor.Speaker::name).collect(Collectors.joining(", "))));
            next.addClassName("room-waiting");
            add(next);
        }
    }
}
