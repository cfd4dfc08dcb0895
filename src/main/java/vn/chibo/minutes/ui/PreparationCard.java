package vn.chibo.minutes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import vn.chibo.minutes.service.MeetingSheet;
import vn.chibo.minutes.service.MinutesService;
import vn.chibo.organization.service.MemberSummary;

/** Agenda, chair and minute-taker. */
class PreparationCard extends Div {

    PreparationCard(MeetingView view, MinutesService minutes, MeetingSheet sheet, List<MemberSummary> members) {
        addClassNames("card", "preparation");
        add(new H3(getTranslation("minutes.preparation")));
        TextArea agenda = new TextArea(getTranslation("minutes.agenda"));
        agenda.setValue(sheet.agenda());
        agenda.setMaxLength(4000);
        agenda.setWidthFull();
        Select<MemberSummary> chair = MeetingView.memberSelect(getTranslation("minutes.chair"), members, sheet.chairId());
        Select<MemberSummary> taker = MeetingView.memberSelect(getTranslation("minutes.taker"), members, sheet.takerId());
        FormLayout form = new FormLayout(chair, taker, agenda);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(agenda, 2);
        add(form);
        boolean editable = sheet.canManage() && !sheet.isLocked();
        agenda.setReadOnly(!editable);
        chair.setReadOnly(!editable);
        taker.setReadOnly(!editable);
        if (editable) {
            Button save = new Button(getTranslation("action.save"), e -> view.act(() -> minutes.prepare(
                    sheet.meeting().id(), sheet.recordVersion(), agenda.getValue(),
                    chair.getValue() == null ? null : chair.getValue().id(),
                    taker.getValue() == null ? null : taker.getValue().id()), null));
            add(save);
        }
    }
}
