package vn.chibo.live.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.Arrays;
import vn.chibo.minutes.service.LiveFloor;

/**
 * "Xin phát biểu": a member present joins the queue and may leave it while waiting, and sees their place; the chair
 * sees the queue in order, gives the floor ("Mời phát biểu") and ends it ("Xong").
 */
final class SpeakerQueue extends Div {

    private final FloorPanel panel;
    final LastDrawn drawn = new LastDrawn();
    private final Button ask;
    /** The chair's choice of a member to put in the queue: kept across redraws, so a choice is not lost midway. */
    private final Select<LiveFloor.Present> who = new Select<>();

    private final Button addWho;

    SpeakerQueue(FloorPanel panel) {
        this.panel = panel;
        addClassName("floor-queue");
        ask = new Button(
                getTranslation("floor.ask"), e -> panel.act(s -> s.askToSpeak(panel.meetingId()), "floor.asked"));
        ask.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        ask.addClassName("floor-ask");
        ask.setDisableOnClick(true);
        who.setLabel(getTranslation("floor.addLabel"));
        who.setItemLabelGenerator(LiveFloor.Present::name);
        who.addClassName("floor-add-who");
        addWho = new Button(getTranslation("floor.add"), e -> {
            LiveFloor.Present p = who.getValue();
            if (p != null && panel.act(s -> s.askToSpeakFor(panel.meetingId(), p.memberId()), "floor.added")) {
                who.clear();
            }
        });
        addWho.addClassName("floor-add");
    }

    /** A hand raised in the room, or a member without a phone: the chair puts them in the queue. */
    private void addForMember(LiveFloor f) {
        if (f.addable().isEmpty()) {
            return;
        }
        LiveFloor.Present chosen = who.getValue();
        who.setItems(f.addable());
        if (chosen != null && f.addable().contains(chosen)) {
            who.setValue(chosen);
        }
        Div line = new Div(who, addWho);
        line.addClassName("floor-add-line");
        add(line);
    }

    void show(LiveFloor f) {
        boolean chair = f.canManage() && f.inProgress();
        if (drawn.unchanged(Arrays.asList(
                f.inProgress(),
                chair,
                f.speaking(),
                f.waiting(),
                f.queueLength(),
                f.mayTakeFloor(),
                f.myRequest(),
                f.myPlace(),
                f.addable()))) {
            return;
        }
        removeAll();
        if (!f.inProgress() && f.speaking() == null && f.queueLength() == 0) {
            setVisible(false);
            return;
        }
        setVisible(true);
        add(new H3(getTranslation("floor.speakers")));
        LiveFloor.Speaker speaking = f.speaking();
        if (speaking != null) {
            Div now = new Div(new Span(getTranslation("floor.speaking", speaking.name())));
            now.addClassName("floor-speaking");
            if (chair) {
                Button done = new Button(
                        getTranslation("floor.done"),
                        e -> panel.act(
                                s -> s.finishSpeaker(panel.meetingId(), speaking.id(), speaking.version()), null));
                done.addThemeVariants(ButtonVariant.SMALL);
                done.addClassName("floor-done");
                now.add(done);
            }
            add(now);
        }
        Paragraph waiting = new Paragraph(getTranslation("floor.waitingCount", f.queueLength()));
        waiting.addClassName("floor-waiting-count");
        add(waiting);
        mine(f);
        if (chair) {
            Div list = new Div();
            list.addClassName("floor-waiting");
            int place = 1;
            for (LiveFloor.Speaker w : f.waiting()) {
                Div row = new Div(new Span(getTranslation("floor.place", place++, w.name())));
                row.addClassName("floor-row");
                Button call = new Button(
                        getTranslation("floor.call"),
                        e -> panel.act(s -> s.callSpeaker(panel.meetingId(), w.id(), w.version()), null));
                call.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
                call.addClassName("floor-call");
                row.add(call);
                list.add(row);
            }
            add(list);
            addForMember(f);
        }
    }

    /** The reader's own request: the button, their place, or the floor. */
    private void mine(LiveFloor f) {
        if (!f.mayTakeFloor()) {
            return;
        }
        LiveFloor.Speaker me = f.myRequest();
        if (me == null) {
            // one button for the page's life: a tap is not lost to a redraw caused by someone else
            ask.setEnabled(true);
            add(ask);
            return;
        }
        Paragraph said = new Paragraph(
                f.myPlace() > 0 ? getTranslation("floor.myPlace", f.myPlace()) : getTranslation("floor.yourTurn"));
        said.addClassName("floor-mine");
        add(said);
        if (f.myPlace() > 0) {
            Button withdraw = new Button(
                    getTranslation("floor.withdraw"),
                    e -> panel.act(s -> s.withdrawRequest(panel.meetingId()), "floor.withdrawn"));
            withdraw.addThemeVariants(ButtonVariant.TERTIARY);
            withdraw.addClassName("floor-withdraw");
            withdraw.setDisableOnClick(true);
            add(withdraw);
        }
    }
}
