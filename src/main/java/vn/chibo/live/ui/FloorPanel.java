package vn.chibo.live.ui;

import com.vaadin.flow.component.html.Div;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.ui.ErrorMessages;
import vn.chibo.base.ui.Notifications;
import vn.chibo.minutes.service.LiveFloor;
import vn.chibo.minutes.service.MeetingFloorService;

/**
 * The floor of the meeting on the live page: the agenda with its current item, the speaker queue and the written
 * opinions, read again with the rest of the page after every change. The parts are kept between readings, so that an
 * opinion being typed survives others' changes.
 */
final class FloorPanel extends Div {

    private final MeetingFloorService floors;
    private final AgendaPanel agenda = new AgendaPanel(this);
    private final SpeakerQueue queue = new SpeakerQueue(this);
    private final WrittenOpinions opinions = new WrittenOpinions(this);
    private long meetingId;
    private @Nullable LiveFloor floor;

    FloorPanel(MeetingFloorService floors) {
        this.floors = floors;
        addClassName("floor");
        add(agenda, queue, opinions);
    }

    /** Reads the floor of this meeting again and shows it. */
    void read(long meetingId) {
        this.meetingId = meetingId;
        show(floors.floor(meetingId));
    }

    long meetingId() {
        return meetingId;
    }

    LiveFloor floor() {
        LiveFloor f = floor;
        if (f == null) {
            throw new IllegalStateException("read before shown");
        }
        return f;
    }

    /**
     * One of the reader's actions: done and shown as it stands now, or — refused by a rule, or overtaken by someone
     * else's change — said, and the floor read again.
     */
    boolean act(Function<MeetingFloorService, LiveFloor> action, @Nullable String doneKey) {
        boolean done;
        // the reader's own action: what it disabled is drawn usable again, whatever the outcome
        agenda.drawn.forget();
        queue.drawn.forget();
        opinions.drawn.forget();
        try {
            show(action.apply(floors));
            if (doneKey != null) {
                Notifications.success(getTranslation(doneKey));
            }
            done = true;
        } catch (RuntimeException e) {
            if (!ErrorMessages.isExpected(e)) {
                throw e; // a defect: the error handler logs it
            }
            Notifications.error(ErrorMessages.of(e));
            show(floors.floor(meetingId));
            done = false;
        }
        return done;
    }

    private void show(LiveFloor f) {
        floor = f;
        agenda.show(f);
        queue.show(f);
        opinions.show(f);
    }
}
