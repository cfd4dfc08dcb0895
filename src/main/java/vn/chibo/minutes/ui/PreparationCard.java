package vn.chibo.minutes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Objects;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.domain.MeetingType;
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
        Select<MemberSummary> chair =
                MeetingView.memberSelect(getTranslation("minutes.chair"), members, sheet.chairId());
        Select<MemberSummary> taker =
                MeetingView.memberSelect(getTranslation("minutes.taker"), members, sheet.takerId());
        FormLayout form = new FormLayout(chair, taker, agenda);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(agenda, 2);
        add(form);
        boolean editable = sheet.canManage() && !sheet.isLocked();
        agenda.setReadOnly(!editable);
        chair.setReadOnly(!editable);
        taker.setReadOnly(!editable);
        if (editable) {
            Button save = new Button(
                    getTranslation("action.save"),
                    e -> view.act(
                            () -> minutes.prepare(
                                    sheet.meeting().id(),
                                    sheet.recordVersion(),
                                    agenda.getValue(),
                                    chair.getValue() == null
                                            ? null
                                            : chair.getValue().id(),
                                    taker.getValue() == null
                                            ? null
                                            : taker.getValue().id()),
                            "minutes.prepared"));
            add(save);
        }
        substitute(view, minutes, sheet, members, editable);
    }

    /**
     * When the topic's presenter is absent, who presented instead — a member present at the roll-call; otherwise
     * the topic is postponed. Shown once the meeting has started, for thematic meetings only.
     */
    private void substitute(
            MeetingView view,
            MinutesService minutes,
            MeetingSheet sheet,
            List<MemberSummary> members,
            boolean editable) {
        var m = sheet.meeting();
        boolean started = m.status() == MeetingStatus.IN_PROGRESS
                || m.status() == MeetingStatus.HELD
                || m.status() == MeetingStatus.LOCKED;
        boolean presenterAbsent = sheet.attendance().stream()
                .anyMatch(a -> a.memberId() == Objects.requireNonNullElse(m.presenterId(), -1L)
                        && a.status() != null
                        && !a.status().isPresent());
        if (m.type() != MeetingType.THEMATIC
                || m.presenterId() == null
                || !started
                || !presenterAbsent && sheet.substituteId() == null) {
            return;
        }
        List<MemberSummary> present = members.stream()
                .filter(x -> sheet.attendance().stream()
                        .anyMatch(a -> a.memberId() == x.id()
                                && a.status() != null
                                && a.status().isPresent()))
                .toList();
        Select<MemberSummary> who =
                MeetingView.memberSelect(getTranslation("minutes.substitute"), present, sheet.substituteId());
        who.setHelperText(getTranslation("minutes.substituteHelp"));
        who.addClassName("substitute");
        who.setReadOnly(!editable);
        who.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                view.act(
                        () -> minutes.presentInstead(
                                m.id(),
                                sheet.recordVersion(),
                                e.getValue() == null ? null : e.getValue().id()),
                        "minutes.substituteSaved");
            }
        });
        add(who);
    }
}
