package vn.chibo.live.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import vn.chibo.minutes.service.LiveFloor;

/**
 * The agenda, one item a line, the one under discussion marked. Those who run the meeting move it — the previous, the
 * next, or any item — and every page marks the new one.
 */
final class AgendaPanel extends Div {

    private final FloorPanel panel;
    final LastDrawn drawn = new LastDrawn();

    AgendaPanel(FloorPanel panel) {
        this.panel = panel;
        addClassName("floor-agenda");
    }

    void show(LiveFloor f) {
        boolean moves = f.canManage() && f.inProgress();
        if (drawn.unchanged(List.of(f.agenda(), f.current(), moves))) {
            return;
        }
        removeAll();
        add(new H3(getTranslation("live.agenda")));
        OrderedList list = new OrderedList();
        list.addClassName("floor-items");
        for (int i = 0; i < f.agenda().size(); i++) {
            int item = i;
            ListItem li = new ListItem(new Span(f.agenda().get(i)));
            li.addClassName("floor-item");
            if (i == f.current()) {
                li.addClassName("floor-item-current");
                Span now = new Span(getTranslation("floor.currentItem"));
                now.addClassNames("pill", "pill-warning");
                li.add(now);
            } else if (moves) {
                Button pick = new Button(
                        getTranslation("floor.pickItem"),
                        e -> panel.act(s -> s.setAgendaItem(panel.meetingId(), item), null));
                pick.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                pick.addClassName("floor-pick");
                li.add(pick);
            }
            list.add(li);
        }
        add(list);
        if (moves && !f.agenda().isEmpty()) {
            Button previous = new Button(
                    getTranslation("floor.previousItem"),
                    e -> panel.act(s -> s.setAgendaItem(panel.meetingId(), f.current() - 1), null));
            previous.setEnabled(f.current() > 0);
            Button next = new Button(
                    getTranslation("floor.nextItem"),
                    e -> panel.act(s -> s.setAgendaItem(panel.meetingId(), f.current() + 1), null));
            next.addThemeVariants(ButtonVariant.PRIMARY);
            next.setEnabled(f.current() < f.agenda().size() - 1);
            Div moving = new Div(previous, next);
            moving.addClassName("floor-moves");
            add(moving);
        }
    }
}
