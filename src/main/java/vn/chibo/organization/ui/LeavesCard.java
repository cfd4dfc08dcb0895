package vn.chibo.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Clock;
import vn.chibo.base.ui.Formats;
import vn.chibo.organization.domain.MemberLeave;
import vn.chibo.organization.service.MemberService;

/** The member's leaves and missions; the secretary adds and deletes them here. */
class LeavesCard extends DetailCard {

    LeavesCard(MemberService members, Clock clock, long memberId, boolean canManage, Runnable onChanged) {
        super("leave.title");
        Div list = new Div();
        list.addClassName("exemption-list");
        var all = members.leaves(memberId);
        if (all.isEmpty()) {
            list.add(new Span(getTranslation("exemption.none")));
        }
        for (MemberLeave leave : all) {
            Div item = new Div();
            item.addClassName("exemption-item");
            Span period = new Span(Formats.date(leave.getFromDate()) + " – " + Formats.date(leave.getToDate()));
            period.addClassName("exemption-period");
            item.add(period, new Span(leave.getReason()));
            if (canManage) {
                Button delete = new Button(VaadinIcon.TRASH.create(), ev -> {
                    members.deleteLeave(memberId, leave.requireId());
                    onChanged.run();
                });
                delete.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                delete.setAriaLabel(getTranslation("action.delete"));
                Div actions = new Div(delete);
                actions.addClassName("exemption-actions");
                item.add(actions);
            }
            list.add(item);
        }
        add(list);
        if (canManage) {
            Button add = new Button(
                    getTranslation("leave.add"),
                    VaadinIcon.PLUS.create(),
                    e -> new LeaveDialog(members, clock, memberId, onChanged).open());
            add.addThemeVariants(ButtonVariant.SMALL);
            add(add);
        }
    }
}
