package vn.chibo.live.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import vn.chibo.base.ui.EnumLabels;
import vn.chibo.minutes.domain.WrittenOpinionState;
import vn.chibo.minutes.service.LiveFloor;

/**
 * "Gửi ý kiến bằng văn bản": a member present writes an opinion and sends it — kept at once — then sees what became
 * of each (chờ tiếp nhận, đã đưa vào biên bản, không đưa vào). Those who run the meeting see the ones waiting and take
 * each into the minutes under the member's name, or set it aside. The text area is made once and kept while others'
 * changes redraw the rest, so that typing is never lost to someone else's check-in.
 */
final class WrittenOpinions extends Div {

    private final FloorPanel panel;
    final LastDrawn drawn = new LastDrawn();
    private final TextArea text = new TextArea();
    private final Button send = new Button();
    private final Div mine = new Div();
    private final Div pending = new Div();

    WrittenOpinions(FloorPanel panel) {
        this.panel = panel;
        addClassName("floor-opinions");
        text.setMaxLength(LiveFloor.MAX_OPINION);
        text.setValueChangeMode(ValueChangeMode.LAZY); // kept on the server as typed, so a redraw does not lose it
        text.addClassName("floor-opinion-text");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClassName("floor-send");
        send.addClickListener(e -> {
            String typed = text.getValue();
            if (panel.act(s -> s.sendOpinion(panel.meetingId(), typed), "floor.sent")) {
                text.clear();
            }
        });
        mine.addClassName("floor-my-opinions");
        pending.addClassName("floor-pending");
    }

    void show(LiveFloor f) {
        boolean decides = f.canManage() && !f.pending().isEmpty();
        if (drawn.unchanged(List.of(f.mayTakeFloor(), f.mine(), decides, decides ? f.pending() : List.of()))) {
            return;
        }
        removeAll();
        if (!f.mayTakeFloor() && f.mine().isEmpty() && !decides) {
            setVisible(false);
            return;
        }
        setVisible(true);
        add(new H3(getTranslation("floor.opinions")));
        if (f.mayTakeFloor()) {
            text.setLabel(getTranslation("floor.opinionLabel"));
            text.setHelperText(getTranslation("floor.opinionHelp", LiveFloor.MAX_OPINION));
            send.setText(getTranslation("floor.send"));
            add(text, send);
        }
        mine.removeAll();
        for (LiveFloor.Written w : f.mine()) {
            Div row = new Div(new Paragraph(w.text()), state(w.state()));
            row.addClassName("floor-opinion");
            mine.add(row);
        }
        if (!f.mine().isEmpty()) {
            add(new H4(getTranslation("floor.myOpinions")), mine);
        }
        pending.removeAll();
        if (decides) {
            for (LiveFloor.Written w : f.pending()) {
                Button accept = new Button(
                        getTranslation("floor.accept"),
                        e -> panel.act(s -> s.acceptOpinion(panel.meetingId(), w.id(), w.version()), "floor.accepted"));
                accept.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
                accept.addClassName("floor-accept");
                Button aside = new Button(
                        getTranslation("floor.setAside"),
                        e -> panel.act(s -> s.setOpinionAside(panel.meetingId(), w.id(), w.version()), null));
                aside.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                aside.addClassName("floor-set-aside");
                Span who = new Span(w.memberName());
                who.addClassName("floor-opinion-who");
                Div row = new Div(who, new Paragraph(w.text()), new Div(accept, aside));
                row.addClassName("floor-opinion");
                pending.add(row);
            }
            add(new H4(getTranslation("floor.pendingOpinions")), pending);
        }
    }

    private Span state(WrittenOpinionState s) {
        Span pill = new Span(EnumLabels.of(s));
        pill.addClassNames(
                "pill",
                switch (s) {
                    case PENDING -> "pill-warning";
                    case ACCEPTED -> "pill-success";
                    case SET_ASIDE -> "pill-contrast";
                });
        return pill;
    }
}
