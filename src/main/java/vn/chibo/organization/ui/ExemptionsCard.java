package vn.chibo.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.chibo.base.ui.Formats;
import vn.chibo.organization.domain.Exemption;
import vn.chibo.organization.service.MemberService;

/** The member's exemptions from meetings; the secretary adds, ends and deletes them here. */
class ExemptionsCard extends DetailCard {

    private final MemberService members;
    private final long memberId;
    private final Runnable onChanged;

    ExemptionsCard(MemberService members, Clock clock, long memberId, boolean canManage, Runnable onChanged) {
        super("exemption.title");
        this.members = members;
        this.memberId = memberId;
        this.onChanged = onChanged;
        Div list = new Div();
        list.addClassName("exemption-list");
        List<Exemption> all = members.exemptions(memberId);
        if (all.isEmpty()) {
            list.add(new Span(getTranslation("exemption.none")));
        }
        LocalDate today = LocalDate.now(clock);
        for (Exemption e : all) {
            Div item = new Div();
            item.addClassName("exemption-item");
            Span period = new Span(Formats.date(e.getFromDate()) + " – "
                    + (e.getToDate() == null ? getTranslation("exemption.open") : Formats.date(e.getToDate())));
            period.addClassName("exemption-period");
            item.add(period, new Span(e.getReason()));
            if (e.coversDate(today)) {
                Span now = new Span(getTranslation("exemption.current"));
                now.addClassNames("pill", "pill-contrast");
                item.add(now);
            }
            if (canManage) {
                Div actions = new Div();
                actions.addClassName("exemption-actions");
                if (e.getToDate() == null) {
                    Button end = new Button(
                            getTranslation("exemption.end"),
                            ev -> new EndExemptionDialog(members, clock, memberId, e, onChanged).open());
                    end.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
                    actions.add(end);
                }
                Button delete = new Button(VaadinIcon.TRASH.create(), ev -> confirmDelete(e));
                delete.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                delete.setAriaLabel(getTranslation("action.delete"));
                actions.add(delete);
                item.add(actions);
            }
            list.add(item);
        }
        add(list);
        if (canManage) {
            Button add = new Button(
                    getTranslation("exemption.add"),
                    VaadinIcon.PLUS.create(),
                    e -> new ExemptionDialog(members, clock, memberId, onChanged).open());
            add.addThemeVariants(ButtonVariant.SMALL);
            add(add);
        }
    }

    private void confirmDelete(Exemption exemption) {
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("exemption.deleteTitle"),
                getTranslation("exemption.deleteText", exemption.getReason()),
                getTranslation("action.delete"),
                e -> {
                    members.deleteExemption(memberId, exemption.requireId());
                    onChanged.run();
                },
                getTranslation("action.cancel"),
                e -> {});
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
