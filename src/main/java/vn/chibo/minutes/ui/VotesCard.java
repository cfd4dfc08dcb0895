package vn.chibo.minutes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.ui.EnumLabels;
import vn.chibo.base.ui.ErrorMessages;
import vn.chibo.base.ui.Notifications;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.minutes.domain.VoteChoice;
import vn.chibo.minutes.domain.VoteMatter;
import vn.chibo.minutes.domain.VoteMethod;
import vn.chibo.minutes.domain.VotingBase;
import vn.chibo.minutes.service.MeetingSheet;
import vn.chibo.minutes.service.MinutesService;
import vn.chibo.minutes.service.VoteRow;
import vn.chibo.minutes.service.VoteService;

/**
 * Votes at the meeting (biểu quyết): the voting base as the roll-call stands, each matter with its method and
 * result — passed or not —, a show of hands recorded as counts, an electronic vote ballot by ballot (a member
 * casts their own; the secretary records one for a member without a phone), open or secret as the chair chose.
 */
class VotesCard extends Div {

    private final VoteService votes;
    private final MinutesService minutes;
    private final @Nullable Long me;
    private final Div base = new Div();
    private final Div list = new Div();
    private @Nullable IntegerField forVotes;
    private MeetingSheet sheet;

    VotesCard(VoteService votes, MinutesService minutes, MeetingSheet sheet, @Nullable Long me) {
        this.votes = votes;
        this.minutes = minutes;
        this.sheet = sheet;
        this.me = me;
        addClassNames("card", "votes");
        add(new H3(getTranslation("vote.title")));
        base.addClassName("vote-base");
        list.addClassName("vote-list");
        add(base, list);
        if (running() && sheet.canManage()) {
            add(form());
        }
        show();
    }

    /** The roll-call changed: the base (and what passes) follows at once. */
    void update(MeetingSheet fresh) {
        // the "for" count follows the voters present until the secretary types another number
        if (forVotes != null
                && Objects.equals(forVotes.getValue(), sheet.votingBase().voters())) {
            forVotes.setValue(fresh.votingBase().voters());
        }
        sheet = fresh;
        show();
    }

    private boolean running() {
        MeetingStatus s = sheet.meeting().status();
        return !sheet.isLocked() && (s == MeetingStatus.IN_PROGRESS || s == MeetingStatus.HELD);
    }

    private void show() {
        base.removeAll();
        VotingBase b = sheet.votingBase();
        base.add(new Paragraph(getTranslation("vote.base", b.base(), b.voters(), b.needed())));
        Paragraph detail = new Paragraph(
                getTranslation("vote.baseDetail", b.probationaryPresent(), b.outOfBase(), b.exemptedAbsent()));
        detail.addClassName("help");
        base.add(detail);
        list.removeAll();
        if (sheet.votes().isEmpty()) {
            list.add(new Paragraph(getTranslation("vote.none")));
        }
        for (VoteRow v : sheet.votes()) {
            list.add(row(v));
        }
    }

    private Component row(VoteRow v) {
        Span what = new Span(EnumLabels.of(v.matter()) + (v.subject().isEmpty() ? "" : ": " + v.subject()));
        what.addClassName("vote-subject");
        Span method = new Span(
                v.method() == VoteMethod.ELECTRONIC && v.secret()
                        ? getTranslation("vote.secretElectronic")
                        : EnumLabels.of(v.method()));
        method.addClassNames("pill", "pill-contrast");
        Div head = new Div(what, method);
        head.addClassName("vote-head");
        Div row = new Div(head);
        row.addClassName("vote");
        if (v.tallyShown()) {
            Span result =
                    new Span(getTranslation("vote.result", v.forCount(), v.base(), v.againstCount(), v.otherCount()));
            result.addClassName("vote-result");
            row.add(result);
        } else {
            // a secret vote shows who has voted, never how, until it is closed
            Span secret = new Span(getTranslation("vote.secretRunning"));
            secret.addClassName("vote-result");
            row.add(secret);
        }
        if (v.isClosed()) {
            Span passed = new Span(getTranslation(v.passed() ? "vote.passed" : "vote.failed"));
            passed.addClassNames("pill", v.passed() ? "pill-success" : "pill-error");
            row.add(passed);
        } else {
            row.add(new Span(getTranslation(
                    "vote.openNow", v.voted().size(), sheet.votingBase().voters())));
            row.add(ballots(v));
        }
        if (running() && sheet.canManage()) {
            Div actions = new Div();
            actions.addClassName("button-row");
            if (!v.isClosed()) {
                Button close = new Button(
                        getTranslation("vote.close"),
                        VaadinIcon.STOP.create(),
                        e -> act(
                                () -> votes.close(sheet.meeting().id(), v.id(), v.version()),
                                getTranslation("vote.closed")));
                close.addThemeVariants(ButtonVariant.PRIMARY);
                actions.add(close);
            }
            Button withdraw = new Button(
                    getTranslation("vote.withdraw"),
                    VaadinIcon.TRASH.create(),
                    e -> act(
                            () -> {
                                votes.withdraw(sheet.meeting().id(), v.id());
                                return null;
                            },
                            getTranslation("vote.withdrawn")));
            withdraw.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            actions.add(withdraw);
            row.add(actions);
        }
        return row;
    }

    /** An open electronic vote: my own ballot, or — for the secretary — one per full member present. */
    private Component ballots(VoteRow v) {
        Div box = new Div();
        box.addClassName("ballots");
        for (MeetingSheet.Attendee a : sheet.attendance()) {
            boolean present = a.status() != null && a.status().isPresent();
            boolean mine = me != null && me == a.memberId();
            if (!present || !(mine || sheet.canManage())) {
                continue;
            }
            Div line = new Div(new Span(mine ? getTranslation("vote.myBallot") : a.name()));
            line.addClassName("ballot");
            if (!a.fullMember()) {
                line.add(new Span(getTranslation("vote.probationaryNote")));
            } else if (v.voted().contains(a.memberId())) {
                Span done = new Span(getTranslation("vote.voted"));
                done.addClassNames("pill", "pill-success");
                line.add(done);
            } else {
                for (VoteChoice c : VoteChoice.values()) {
                    Button b = new Button(
                            EnumLabels.of(c),
                            e -> act(
                                    () -> votes.cast(sheet.meeting().id(), v.id(), a.memberId(), c),
                                    v.secret()
                                            ? getTranslation("vote.castDoneSecret", a.name())
                                            : getTranslation("vote.castDone", a.name(), EnumLabels.of(c))));
                    b.addThemeVariants(ButtonVariant.SMALL);
                    b.getElement()
                            .setAttribute(
                                    "aria-label",
                                    getTranslation("vote.castFor") + " " + a.name() + ": " + EnumLabels.of(c));
                    line.add(b);
                }
            }
            box.add(line);
        }
        return box;
    }

    private Component form() {
        Select<VoteMatter> matter = new Select<>();
        matter.setLabel(getTranslation("vote.matter"));
        matter.setItems(VoteMatter.values());
        matter.setItemLabelGenerator(EnumLabels::of);
        matter.setValue(
                sheet.resolution() != null && sheet.votes().stream().noneMatch(v -> v.matter() == VoteMatter.RESOLUTION)
                        ? VoteMatter.RESOLUTION
                        : VoteMatter.MINUTES);
        TextField subject = new TextField(getTranslation("vote.subject"));
        subject.setMaxLength(500);
        Select<VoteMethod> method = new Select<>();
        method.setLabel(getTranslation("vote.method"));
        method.setItems(VoteMethod.values());
        method.setItemLabelGenerator(EnumLabels::of);
        method.setValue(VoteMethod.HAND);
        RadioButtonGroup<Boolean> secrecy = new RadioButtonGroup<>(getTranslation("vote.secrecy"));
        secrecy.setItems(false, true);
        secrecy.setItemLabelGenerator(secret -> getTranslation(secret ? "vote.secrecySecret" : "vote.secrecyOpen"));
        secrecy.setValue(false);
        secrecy.setVisible(false); // the chair chooses open or secret for an electronic vote only
        IntegerField forVotes = count("vote.for", sheet.votingBase().voters());
        this.forVotes = forVotes;
        IntegerField against = count("vote.against", 0);
        IntegerField other = count("vote.other", 0);
        Button record = new Button(getTranslation("vote.record"), VaadinIcon.CHECK.create());
        record.addThemeVariants(ButtonVariant.PRIMARY);
        method.addValueChangeListener(e -> {
            boolean counted = e.getValue() != VoteMethod.ELECTRONIC;
            forVotes.setVisible(counted);
            against.setVisible(counted);
            other.setVisible(counted);
            secrecy.setVisible(!counted);
            record.setText(getTranslation(counted ? "vote.record" : "vote.open"));
        });
        record.addClickListener(e -> act(
                () -> method.getValue() == VoteMethod.ELECTRONIC
                        ? votes.open(sheet.meeting().id(), matter.getValue(), subject.getValue(), secrecy.getValue())
                        : votes.record(
                                sheet.meeting().id(),
                                matter.getValue(),
                                subject.getValue(),
                                method.getValue(),
                                value(forVotes),
                                value(against),
                                value(other)),
                getTranslation(method.getValue() == VoteMethod.ELECTRONIC ? "vote.opened" : "vote.recorded")));
        FormLayout form = new FormLayout(matter, subject, method, secrecy, forVotes, against, other);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 3));
        Div box = new Div(new H4(getTranslation("vote.record")), form, record);
        box.addClassName("vote-form");
        return box;
    }

    private IntegerField count(String key, int value) {
        IntegerField f = new IntegerField(getTranslation(key));
        f.setMin(0);
        f.setValue(value);
        f.setStepButtonsVisible(true);
        return f;
    }

    private static int value(IntegerField f) {
        return f.getValue() == null ? 0 : f.getValue();
    }

    private void act(Supplier<?> action, String done) {
        try {
            action.get();
            sheet = minutes.sheet(sheet.meeting().id());
            show();
            Notifications.success(done);
        } catch (BusinessException e) {
            Notifications.error(ErrorMessages.of(e));
        }
    }
}
