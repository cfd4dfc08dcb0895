package vn.chibo.minutes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.ui.EnumLabels;
import vn.chibo.base.ui.ErrorMessages;
import vn.chibo.base.ui.Formats;
import vn.chibo.base.ui.Notifications;
import vn.chibo.base.ui.TextDialog;
import vn.chibo.base.ui.ViewToolbar;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.minutes.domain.MinutesVersionInfo;
import vn.chibo.minutes.service.CommendationService;
import vn.chibo.minutes.service.EvaluationService;
import vn.chibo.minutes.service.LiveLinks;
import vn.chibo.minutes.service.MeetingFloorService;
import vn.chibo.minutes.service.MeetingNoticeService;
import vn.chibo.minutes.service.MeetingSheet;
import vn.chibo.minutes.service.MeetingTaskService;
import vn.chibo.minutes.service.MinutesChecks;
import vn.chibo.minutes.service.MinutesDocuments;
import vn.chibo.minutes.service.MinutesLinks;
import vn.chibo.minutes.service.MinutesService;
import vn.chibo.minutes.service.MinutesTemplates;
import vn.chibo.minutes.service.QualityService;
import vn.chibo.minutes.service.VoteService;
import vn.chibo.organization.service.MemberService;
import vn.chibo.organization.service.MemberSummary;
import vn.chibo.security.domain.Role;
import vn.chibo.security.service.CurrentUser;

/**
 * One meeting from preparation to locked minutes, usable on a phone during the meeting: agenda, chair and
 * minute-taker; the roll-call with live counts and quorum; the minutes (saved as they are typed); the
 * presenter's evaluation; commendations; addenda after locking.
 */
@Route(MinutesLinks.MEETING)
@RolesAllowed({Role.ADMIN_NAME, Role.COMMITTEE_NAME, Role.SECRETARY_NAME, Role.MEMBER_NAME})
public class MeetingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm, dd/MM/yyyy");

    private final MinutesService minutes;
    private final MinutesChecks checks;
    private final EvaluationService evaluations;
    private final CommendationService commendations;
    private final MemberService members;
    private final MinutesTemplates templates;
    private final Clock clock;
    private final MeetingTaskService tasks;
    private final QualityService quality;
    private long meetingId;
    private MeetingSheet sheet;
    private @Nullable MinutesCard minutesCard;
    private final MeetingFloorService floors;
    private @Nullable VotesCard votesCard;
    private final VoteService votes;
    private final MinutesDocuments documents;
    private final CurrentUser currentUser;
    private final MeetingNoticeService notices;

    MeetingView(
            MinutesService minutes,
            MinutesChecks checks,
            EvaluationService evaluations,
            CommendationService commendations,
            MemberService members,
            MinutesTemplates templates,
            Clock clock,
            VoteService votes,
            MinutesDocuments documents,
            CurrentUser currentUser,
            MeetingTaskService tasks,
            QualityService quality,
            MeetingNoticeService notices,
            MeetingFloorService floors) {
        this.notices = notices;
        this.floors = floors;
        this.votes = votes;
        this.documents = documents;
        this.currentUser = currentUser;
        this.tasks = tasks;
        this.quality = quality;
        this.templates = templates;
        this.clock = clock;
        this.minutes = minutes;
        this.checks = checks;
        this.evaluations = evaluations;
        this.commendations = commendations;
        this.members = members;
        addClassNames("page", "meeting-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // the route only matches digits, so the id is always a number here
        meetingId = event.getRouteParameters().getLong("meetingId").orElseThrow();
        sheet = minutes.sheet(meetingId);
        render();
    }

    void render() {
        removeAll();
        ViewToolbar toolbar = new ViewToolbar(title(), sheet.cellName());
        add(toolbar);
        add(summary());
        if (sheet.canManage()) {
            add(actions());
            if (!sheet.isLocked()) {
                // the lock refuses minutes that contradict the roll-call: say so before
                checks.contradictions(meetingId)
                        .forEach(c -> warning(getTranslation("minutes.contradiction.warning", c)));
                checks.lengthWarning(meetingId).ifPresent(this::warning);
            }
        }
        List<MemberSummary> cellMembers = members.summaries(sheet.meeting().cellId());
        add(new PreparationCard(this, minutes, sheet, cellMembers));
        if (sheet.meeting().status() != MeetingStatus.CANCELLED) {
            add(new NoticeCard(notices, meetingId)); // the notice before the meeting, the Sổ tay's bundle at any time
        }
        MeetingStatus status = sheet.meeting().status();
        boolean started =
                status == MeetingStatus.IN_PROGRESS || status == MeetingStatus.HELD || status == MeetingStatus.LOCKED;
        if (started) {
            add(new RollCallCard(this, minutes, sheet));
            minutesCard = new MinutesCard(minutes, floors, sheet, cellMembers, clock);
            add(minutesCard);
            add(new QualityCard(this, quality, minutes, sheet, minutesCard));
            if (sheet.meeting().type() == MeetingType.THEMATIC && sheet.canSeeEvaluation()) {
                evaluations.of(meetingId).ifPresent(e -> add(new EvaluationCard(evaluations, sheet, e)));
            }
            votesCard = new VotesCard(votes, minutes, sheet, currentUser.memberId());
            add(votesCard);
            add(new CommendationsCard(commendations, sheet, cellMembers));
        } else {
            add(new RollCallCard(this, minutes, sheet));
        }
        add(new TasksCard(tasks, sheet, cellMembers)); // the review of earlier tasks shows before the meeting too
        if (sheet.isLocked()) {
            add(addenda());
        }
    }

    private void warning(String text) {
        Div warn = new Div(VaadinIcon.WARNING.create(), new Span(text));
        warn.addClassNames("absence-warning", "meeting-warning");
        add(warn);
    }

    private String title() {
        var m = sheet.meeting();
        return m.type() == MeetingType.THEMATIC
                ? getTranslation("minutes.titleThematic", m.title())
                : getTranslation(
                        "minutes.titleRegular",
                        m.scheduledAt().getMonthValue(),
                        m.scheduledAt().getYear());
    }

    private Component summary() {
        var m = sheet.meeting();
        Span pill = new Span(EnumLabels.of(m.status()));
        pill.addClassNames(
                "pill",
                switch (m.status()) {
                    case PLANNED, POSTPONED -> "pill-contrast";
                    case IN_PROGRESS -> "pill-warning";
                    case HELD -> "pill-info";
                    case LOCKED -> "pill-success";
                    case CANCELLED -> "pill-error";
                });
        Div box = new Div(pill, new Span(WHEN.format(m.scheduledAt()) + (m.place() == null ? "" : " · " + m.place())));
        if (m.presenterName() != null) {
            box.add(new Span(getTranslation("minutes.presenter", m.presenterName())));
        }
        // the phones' page (check-in, the count) and the room's screen, on the day and while it runs
        boolean today = m.scheduledAt().toLocalDate().equals(LocalDate.now(clock));
        if (m.status() == MeetingStatus.IN_PROGRESS
                || (today && (m.status() == MeetingStatus.PLANNED || m.status() == MeetingStatus.POSTPONED))) {
            Anchor phone = new Anchor(
                    LiveLinks.live(m.id()),
                    getTranslation(sheet.canManage() ? "live.openLiveManage" : "live.openLive"));
            phone.addClassName("live-link");
            box.add(phone);
            if (sheet.canManage()) {
                Anchor room = new Anchor(LiveLinks.room(m.id()), getTranslation("live.roomScreen"));
                room.setTarget("_blank");
                box.add(room);
            }
        }
        if (sheet.isLocked()) {
            documents
                    .number(m.id())
                    .ifPresent(
                            n -> { // the register's number, as the official file prints it
                                Span number = new Span(n.printed());
                                number.addClassNames("pill", "pill-contrast", "document-number");
                                box.add(number);
                            });
            box.add(new Span(getTranslation("minutes.lockedBy", sheet.lockedBy(), Formats.dateTime(sheet.lockedAt()))));
        }
        if (m.status() == MeetingStatus.HELD || m.status() == MeetingStatus.LOCKED) {
            Anchor word = new Anchor(MinutesLinks.minutesDocx(m.id()), getTranslation("minutes.downloadDocx"));
            word.getElement().setAttribute("download", true);
            word.addClassName("download-link");
            box.add(word);
        }
        if (sheet.isLocked()) {
            // the official versions: as locked, then one per addendum; every reader gets these same files
            for (MinutesVersionInfo v : documents.versions(m.id())) {
                Anchor file = new Anchor(
                        MinutesLinks.minutesVersionDocx(m.id(), v.number()),
                        getTranslation(
                                v.number() == 0 ? "minutes.versionLocked" : "minutes.versionAddendum",
                                v.number(),
                                Formats.dateTime(v.createdAt())));
                file.getElement().setAttribute("download", true);
                file.addClassNames("download-link", "minutes-version");
                file.getElement().setAttribute("title", "SHA-256 " + v.sha256());
                box.add(file);
            }
        }
        box.addClassName("meeting-summary");
        return box;
    }

    private Component actions() {
        Div box = new Div();
        box.addClassNames("button-row", "meeting-actions");
        switch (sheet.meeting().status()) {
            case PLANNED, POSTPONED -> {
                Button start = new Button(
                        getTranslation("minutes.start"),
                        VaadinIcon.PLAY.create(),
                        e -> act(() -> minutes.start(meetingId), "minutes.started"));
                start.addThemeVariants(ButtonVariant.PRIMARY);
                box.add(start);
                // said before the click; the button stays enabled so a page left open until then can still start it
                minutes.whyNotStartableYet(meetingId).ifPresent(why -> {
                    Span hint = new Span(ErrorMessages.of(why));
                    hint.addClassName("start-hint");
                    box.add(hint);
                });
            }
            case IN_PROGRESS -> {
                Button finish = new Button(getTranslation("minutes.finish"), VaadinIcon.STOP.create(), e -> {
                    saveTypedMinutes();
                    act(() -> minutes.finish(meetingId), "minutes.finished");
                });
                finish.addThemeVariants(ButtonVariant.PRIMARY);
                box.add(finish);
            }
            case HELD -> {
                Button lock = new Button(getTranslation("minutes.lock"), VaadinIcon.LOCK.create(), e -> confirmLock());
                lock.addThemeVariants(ButtonVariant.PRIMARY);
                box.add(lock);
            }
            case LOCKED ->
                box.add(new Button(
                        getTranslation("minutes.addAddendum"), VaadinIcon.PLUS.create(), e -> addAddendum()));
            case CANCELLED -> box.add(new Paragraph(getTranslation("minutes.cancelled")));
        }
        box.add(new Button(
                getTranslation("template.title"),
                VaadinIcon.FILE_TEXT_O.create(),
                e -> new TemplateDialog(templates, sheet.meeting().cellId()).open()));
        return box;
    }

    private void confirmLock() {
        saveTypedMinutes();
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("minutes.lockTitle"),
                getTranslation("minutes.lockText"),
                getTranslation("minutes.lock"),
                e -> act(() -> minutes.lock(meetingId, sheet.recordVersion()), "minutes.locked"),
                getTranslation("action.cancel"),
                e -> {});
        confirm.open();
    }

    private void addAddendum() {
        new TextDialog(
                        getTranslation("minutes.addAddendum"),
                        getTranslation("minutes.addendumText"),
                        getTranslation("minutes.addendumHelp"),
                        null,
                        4000,
                        getTranslation("action.save"),
                        text -> {
                            sheet = minutes.addAddendum(meetingId, text);
                            render();
                        })
                .open();
    }

    private Component addenda() {
        Div card = new Div(new H3(getTranslation("minutes.addenda")));
        card.addClassNames("card", "addenda");
        if (sheet.addenda().isEmpty()) {
            card.add(new Paragraph(getTranslation("minutes.noAddenda")));
        }
        for (MeetingSheet.AddendumRow a : sheet.addenda()) {
            Div row = new Div(
                    new Span(getTranslation(
                            "minutes.addendumNumber", a.number(), a.createdBy(), Formats.dateTime(a.createdAt()))),
                    new Paragraph(a.text()));
            row.addClassName("addendum");
            card.add(row);
        }
        return card;
    }

    /** Anything typed into the minutes and not yet autosaved is saved before the state changes. */
    private void saveTypedMinutes() {
        if (minutesCard != null) {
            minutesCard.saveNow();
            sheet = minutes.sheet(meetingId);
        }
    }

    /** Runs a change and says what was done ({@code successKey}), or why it was refused. */
    void act(Supplier<MeetingSheet> action, String successKey) {
        try {
            sheet = action.get();
            Notifications.success(getTranslation(successKey));
            render();
        } catch (BusinessException e) {
            Notifications.error(ErrorMessages.of(e));
        }
    }

    void refresh(MeetingSheet fresh) {
        sheet = fresh;
        if (votesCard != null) {
            votesCard.update(fresh);
        }
        if (minutesCard != null) {
            minutesCard.update(fresh);
        }
    }

    @Override
    public String getPageTitle() {
        return sheet == null ? getTranslation("nav.calendar") : title();
    }

    /** For tests. */
    MeetingSheet sheet() {
        return sheet;
    }

    static Select<MemberSummary> memberSelect(String label, List<MemberSummary> list, @Nullable Long selected) {
        Select<MemberSummary> select = new Select<>();
        select.setLabel(label);
        select.setItems(list);
        select.setItemLabelGenerator(m -> m == null ? "" : m.fullName());
        select.setEmptySelectionAllowed(true);
        list.stream()
                .filter(m -> selected != null && m.id() == selected)
                .findFirst()
                .ifPresent(select::setValue);
        return select;
    }
}
