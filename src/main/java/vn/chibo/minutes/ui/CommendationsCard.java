package vn.chibo.minutes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.ui.EnumLabels;
import vn.chibo.base.ui.ErrorMessages;
import vn.chibo.base.ui.Formats;
import vn.chibo.base.ui.Notifications;
import vn.chibo.minutes.domain.CommendationKind;
import vn.chibo.minutes.service.CommendationRow;
import vn.chibo.minutes.service.CommendationService;
import vn.chibo.minutes.service.MeetingSheet;
import vn.chibo.organization.service.MemberSummary;

/** Praise before the cell and proposals for awards decided at this meeting. */
class CommendationsCard extends Div {

    private final CommendationService commendations;
    private final MeetingSheet sheet;
    private final Div list = new Div();

    CommendationsCard(CommendationService commendations, MeetingSheet sheet, List<MemberSummary> members) {
        this.commendations = commendations;
        this.sheet = sheet;
        addClassNames("card", "commendations");
        add(new H3(getTranslation("commendation.title")), list);
        fill();
        if (sheet.canManage()) {
            Select<MemberSummary> who = MeetingView.memberSelect(getTranslation("commendation.member"), members, null);
            Select<CommendationKind> kind = new Select<>();
            kind.setLabel(getTranslation("commendation.kind"));
            kind.setItems(CommendationKind.values());
            kind.setItemLabelGenerator(EnumLabels::of);
            kind.setValue(CommendationKind.PRAISE);
            TextField reason = new TextField(getTranslation("commendation.reason"));
            reason.setMaxLength(2000);
            reason.setWidthFull();
            Button add = new Button(getTranslation("commendation.add"), VaadinIcon.STAR_O.create(), e -> {
                if (who.getValue() == null) {
                    who.setInvalid(true);
                    who.setErrorMessage(getTranslation("commendation.chooseMember"));
                    return;
                }
                try {
                    commendations.add(sheet.meeting().id(), who.getValue().id(), kind.getValue(), reason.getValue());
                    reason.clear();
                    who.clear();
                    Notifications.success(getTranslation("commendation.added"));
                    fill();
                } catch (BusinessException ex) {
                    reason.setInvalid(true);
                    reason.setErrorMessage(ErrorMessages.of(ex));
                }
            });
            FormLayout form = new FormLayout(who, kind, reason, add);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("34rem", 2));
            form.setColspan(reason, 2);
            add(form);
        }
    }

    private void fill() {
        list.removeAll();
        List<CommendationRow> rows = commendations.ofMeeting(sheet.meeting().id());
        if (rows.isEmpty()) {
            list.add(new Paragraph(getTranslation("commendation.none")));
        }
        var numbers = commendations.numbers(
                sheet.meeting().cellId(), rows.stream().map(CommendationRow::id).toList());
        for (CommendationRow c : rows) {
            Span kind = new Span(EnumLabels.of(c.kind()));
            kind.addClassNames("pill", c.kind() == CommendationKind.PROPOSAL ? "pill-warning" : "pill-success");
            Div row = new Div(kind, new Span(c.memberName()), new Span(c.reason()));
            var number = numbers.get(c.id());
            if (number != null) { // the paper was issued: its number stays
                row.add(new Span(
                        getTranslation("register.numbered", number.printed(), Formats.date(number.issuedOn()))));
            }
            row.addClassName("commendation-row");
            list.add(row);
        }
    }
}
