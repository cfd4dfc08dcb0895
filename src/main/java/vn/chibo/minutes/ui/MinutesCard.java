package vn.chibo.minutes.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.domain.ConcurrentEditException;
import vn.chibo.base.ui.Autosave;
import vn.chibo.base.ui.DatePickers;
import vn.chibo.base.ui.EnumLabels;
import vn.chibo.base.ui.ErrorMessages;
import vn.chibo.base.ui.Notifications;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.minutes.service.LiveFloor;
import vn.chibo.minutes.service.MeetingFloorService;
import vn.chibo.minutes.service.MeetingSheet;
import vn.chibo.minutes.service.MinutesData;
import vn.chibo.minutes.service.MinutesService;
import vn.chibo.organization.service.MemberSummary;

/**
 * The minutes (biên bản) as a form prefilled from the meeting. Every change is saved a moment after typing
 * stops, so closing the browser loses nothing; a save based on an older copy is refused and said so.
 */
class MinutesCard extends Div {

    private final MinutesService minutes;
    private final long meetingId;
    private final List<MemberSummary> members;
    private final DateTimePicker opened = new DateTimePicker();
    private final DateTimePicker closed = new DateTimePicker();
    private final TextField guests = new TextField();
    private final TextArea content = new TextArea();
    private final TextArea conclusion = new TextArea();
    private final TextArea resolution = new TextArea();
    private final TextArea reminders = new TextArea();
    /** The level and score from the quality sheet (QualityCard), read-only here. */
    private final TextField quality = new TextField();

    private final Div opinions = new Div();
    private final List<OpinionRow> opinionRows = new ArrayList<>();
    private final Span status = new Span();
    /** Chair, minute-taker and presence, as the roll-call stands. */
    private final Span prefilled = new Span();

    private final boolean editable;
    /** The minutes as the server held them when this form last loaded or saved them: what a save merges from. */
    private Base base;

    private final MeetingFloorService floors;
    /** Opinions the members sent from their phones, still to decide. */
    private final Div written = new Div();

    private final Autosave autosave;

    /** One opinion being edited. */
    private record OpinionRow(Select<MemberSummary> who, TextArea text, Div box) {}

    MinutesCard(
            MinutesService minutes,
            MeetingFloorService floors,
            MeetingSheet sheet,
            List<MemberSummary> members,
            Clock clock) {
        this.minutes = minutes;
        this.floors = floors;
        this.meetingId = sheet.meeting().id();
        this.members = members;
        this.base = Base.of(sheet);
        this.editable = sheet.canManage() && !sheet.isLocked();
        addClassNames("card", "minutes");
        add(new H3(getTranslation("minutes.title")));
        prefilled.addClassName("help");
        update(sheet);
        add(prefilled);

        opened.setLabel(getTranslation("minutes.openedAt"));
        closed.setLabel(getTranslation("minutes.closedAt"));
        for (DateTimePicker p : List.of(opened, closed)) {
            DatePickers.configure(p);
            p.setStep(Duration.ofMinutes(5));
        }
        opened.setValue(sheet.openedAt());
        closed.setValue(sheet.closedAt());
        guests.setLabel(getTranslation("minutes.guests"));
        guests.setValue(text(sheet.guests()));
        content.setLabel(getTranslation(
                sheet.meeting().type() == MeetingType.THEMATIC ? "minutes.contentThematic" : "minutes.contentRegular"));
        content.setValue(text(sheet.content()));
        conclusion.setLabel(getTranslation("minutes.conclusion"));
        conclusion.setValue(text(sheet.conclusion()));
        resolution.setLabel(getTranslation("minutes.resolution"));
        resolution.setValue(text(sheet.resolution()));
        reminders.setLabel(getTranslation("minutes.reminders"));
        reminders.setHelperText(getTranslation("minutes.remindersHelp"));
        reminders.setValue(text(sheet.reminders()));
        quality.setLabel(getTranslation("minutes.quality"));
        quality.setValue(sheet.quality() == null ? "" : EnumLabels.of(sheet.quality()));
        quality.setReadOnly(true);
        quality.setHelperText(getTranslation("quality.fromSheet"));
        reminders.setWidthFull();
        reminders.setMaxLength(4000);
        for (TextArea a : List.of(content, conclusion, resolution)) {
            a.setWidthFull();
            a.setMaxLength(20_000);
            a.addClassName("minutes-text");
        }

        FormLayout times = new FormLayout(opened, closed, guests);
        times.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("34rem", 3));
        add(times, content);
        H4 opinionsTitle = new H4(getTranslation("minutes.opinions"));
        opinions.addClassName("opinions");
        add(opinionsTitle, opinions);
        sheet.opinions().forEach(this::addOpinion);
        if (editable) {
            Button addOpinion = new Button(getTranslation("minutes.addOpinion"), VaadinIcon.PLUS.create(), e -> {
                addOpinion(new MinutesData.OpinionData(null, "", ""));
                opinionRows.getLast().who().focus();
            });
            addOpinion.addThemeVariants(ButtonVariant.TERTIARY);
            add(addOpinion);
            written.addClassName("written-opinions");
            add(written);
            showWritten();
        }
        FormLayout approval = new FormLayout(quality);
        approval.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("34rem", 3));
        add(conclusion, resolution, reminders, approval);
        autosave = new Autosave(status, clock, "minutes.autosaved", "HH:mm:ss");
        status.setText(sheet.savedAt() == null ? "" : getTranslation("minutes.savedBy", sheet.savedBy()));
        add(status);

        if (editable) {
            List<HasValue<?, ?>> fields = List.of(opened, closed, guests, content, conclusion, resolution, reminders);
            for (HasValue<?, ?> f : fields) {
                f.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        saveNow();
                    }
                });
            }
            for (var f : List.of(guests, content, conclusion, resolution, reminders)) {
                if (f instanceof TextArea ta) {
                    ta.setValueChangeMode(ValueChangeMode.LAZY);
                    ta.setValueChangeTimeout(1500);
                } else if (f instanceof TextField tf) {
                    tf.setValueChangeMode(ValueChangeMode.LAZY);
                    tf.setValueChangeTimeout(1500);
                }
            }
        } else {
            for (HasValue<?, ?> f :
                    List.of(opened, closed, guests, content, conclusion, resolution, reminders, quality)) {
                f.setReadOnly(true);
            }
        }
    }

    private void addOpinion(MinutesData.OpinionData data) {
        Select<MemberSummary> who =
                MeetingView.memberSelect(getTranslation("minutes.speaker"), members, data.memberId());
        TextArea text = new TextArea(getTranslation("minutes.opinionText"));
        text.setValue(data.text());
        text.setWidthFull();
        text.setMaxLength(4000);
        Div box = new Div(who, text);
        box.addClassName("opinion");
        OpinionRow row = new OpinionRow(who, text, box);
        opinionRows.add(row);
        if (editable) {
            text.setValueChangeMode(ValueChangeMode.LAZY);
            text.setValueChangeTimeout(1500);
            who.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    saveNow();
                }
            });
            text.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    saveNow();
                }
            });
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                opinionRows.remove(row);
                opinions.remove(box);
                saveNow();
            });
            remove.setAriaLabel(getTranslation("action.delete"));
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            box.add(remove);
        } else {
            who.setReadOnly(true);
            text.setReadOnly(true);
            if (data.memberId() == null) {
                who.setVisible(false);
                text.setLabel(data.speaker());
            }
        }
        opinions.add(box);
    }

    /** The written opinions waiting, each to take into these minutes or to leave out. */
    private void showWritten() {
        written.removeAll();
        List<LiveFloor.Written> pending = floors.pending(meetingId);
        if (pending.isEmpty()) {
            return;
        }
        written.add(new H4(getTranslation("floor.pendingOpinions")));
        for (LiveFloor.Written w : pending) {
            Button accept = new Button(getTranslation("floor.accept"), e -> accept(w));
            accept.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
            Button aside = new Button(getTranslation("floor.setAside"), e -> setAside(w));
            aside.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            Span who = new Span(w.memberName());
            who.addClassName("floor-opinion-who");
            Div row = new Div(who, new Paragraph(w.text()), new Div(accept, aside));
            row.addClassName("floor-opinion");
            written.add(row);
        }
    }

    /**
     * What is typed is saved first; the opinion then joins the minutes on the server and this form's opinions alike,
     * and the form goes on from the version after it — so its next save keeps the opinion instead of conflicting.
     */
    private void accept(LiveFloor.Written w) {
        saveNow();
        if (!autosave.isStale()) {
            try {
                floors.acceptOpinion(meetingId, w.id(), w.version());
                // this opinion, and any taken in from a phone since the save above; were anything else changed
                // meanwhile, the form keeps its version and its next save meets the conflict
                takeInAddedOpinions();
                Notifications.success(getTranslation("floor.accepted"));
            } catch (RuntimeException e) {
                if (!ErrorMessages.isExpected(e)) {
                    throw e;
                }
                Notifications.error(ErrorMessages.of(e));
            }
        }
        showWritten();
    }

    private void setAside(LiveFloor.Written w) {
        try {
            floors.setOpinionAside(meetingId, w.id(), w.version());
        } catch (RuntimeException e) {
            if (!ErrorMessages.isExpected(e)) {
                throw e;
            }
            Notifications.error(ErrorMessages.of(e));
        }
        showWritten();
    }

    /** Saves what is on screen now (also called before the meeting's state changes). */
    void saveNow() {
        if (!editable || autosave.isStale()) {
            return;
        }
        MinutesData d = new MinutesData();
        d.openedAt = opened.getValue();
        d.closedAt = closed.getValue();
        d.guests = guests.getValue();
        d.content = content.getValue();
        d.conclusion = conclusion.getValue();
        d.resolution = resolution.getValue();
        d.reminders = reminders.getValue();
        for (OpinionRow r : opinionRows) {
            MemberSummary m = r.who().getValue();
            d.opinions.add(new MinutesData.OpinionData(
                    m == null ? null : m.id(),
                    m == null ? "" : m.fullName(),
                    r.text().getValue()));
        }
        autosave.run(() -> save(d));
    }

    /**
     * Saves the form over the version it knows. When the minutes changed meanwhile only by opinions added after the
     * form's own — a member's written opinion taken in from the chair's phone while the minute-taker types here —
     * the form takes those opinions in and saves over the new version, keeping both. Any other change (a field this
     * form writes, or its opinions edited elsewhere) is still a conflict: nothing is saved over it.
     */
    private void save(MinutesData d) {
        MeetingSheet saved;
        try {
            saved = minutes.saveMinutes(meetingId, base.version(), d);
        } catch (ConcurrentEditException conflict) {
            d.opinions.addAll(takeInAddedOpinions().orElseThrow(() -> conflict));
            saved = minutes.saveMinutes(meetingId, base.version(), d);
        }
        base = Base.of(saved);
    }

    /**
     * When the minutes changed since the form's base only by opinions added after its own, those opinions join the
     * form, which goes on from the minutes' version now — at once, so that a save then refused (a name typed wrong)
     * neither conflicts next time nor takes the same opinions in twice. Otherwise nothing changes here.
     */
    private Optional<List<MinutesData.OpinionData>> takeInAddedOpinions() {
        MeetingSheet now = minutes.sheet(meetingId);
        Optional<List<MinutesData.OpinionData>> added = base.opinionsAddedIn(Base.of(now));
        added.ifPresent(opinions -> {
            base = Base.of(now);
            opinions.forEach(this::addOpinion);
        });
        return added;
    }

    /** The roll-call changed on the same page: the presence line follows it at once. */
    void update(MeetingSheet sheet) {
        prefilled.setText(getTranslation(
                "minutes.prefilled",
                sheet.chairName() == null ? "…" : sheet.chairName(),
                sheet.takerName() == null ? "…" : sheet.takerName(),
                sheet.counts().present(),
                sheet.counts().expected()));
    }

    /** For tests. */
    String presenceLine() {
        return prefilled.getText();
    }

    /** The quality sheet's result, e.g. "Tốt (92/100 điểm)". */
    void showQuality(String result) {
        quality.setValue(result);
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s;
    }

    /** What this form writes of the minutes, as the server holds it, and the version it holds it at. */
    private record Base(long version, Fields fields, List<MinutesData.OpinionData> opinions) {

        /** The minutes' own fields on the form. */
        private record Fields(
                @Nullable LocalDateTime openedAt,
                @Nullable LocalDateTime closedAt,
                String guests,
                String content,
                String conclusion,
                String resolution,
                String reminders) {}

        static Base of(MeetingSheet s) {
            return new Base(
                    s.recordVersion(),
                    new Fields(
                            s.openedAt(),
                            s.closedAt(),
                            text(s.guests()),
                            text(s.content()),
                            text(s.conclusion()),
                            text(s.resolution()),
                            text(s.reminders())),
                    List.copyOf(s.opinions()));
        }

        /** The opinions {@code now} has after this base's, when that is all that changed; empty otherwise. */
        Optional<List<MinutesData.OpinionData>> opinionsAddedIn(Base now) {
            int known = opinions.size();
            boolean onlyAdded = fields.equals(now.fields)
                    && now.opinions.size() > known
                    && now.opinions.subList(0, known).equals(opinions);
            return onlyAdded ? Optional.of(now.opinions.subList(known, now.opinions.size())) : Optional.empty();
        }
    }

    /** For tests. */
    TextArea conclusionField() {
        return conclusion;
    }
}
