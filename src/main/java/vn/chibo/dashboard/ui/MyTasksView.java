package vn.chibo.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.ui.EnumLabels;
import vn.chibo.base.ui.ViewToolbar;
import vn.chibo.draft.domain.DraftStatus;
import vn.chibo.draft.service.BoardRow;
import vn.chibo.draft.service.DraftDetails;
import vn.chibo.draft.service.DraftLinks;
import vn.chibo.draft.service.DraftService;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.meeting.ui.CalendarView;
import vn.chibo.minutes.service.MeetingTaskService;
import vn.chibo.organization.ui.CellContext;
import vn.chibo.plan.service.PlanService;
import vn.chibo.plan.service.TopicRow;
import vn.chibo.plan.ui.PlanView;

/**
 * "Việc của tôi": the member's assigned topics with their dates and what is due next, and the cell's next
 * meetings.
 */
@Route("tasks")
@PermitAll
@Menu(title = "nav.tasks", order = 5, icon = "vaadin:tasks")
public class MyTasksView extends Div implements HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm, dd/MM/yyyy");

    /** One thing to do, with its date. */
    record Task(
            LocalDate due,
            String what,
            String detail,
            boolean done,
            @Nullable String link,
            boolean late) {

        Task(LocalDate due, String what, String detail, boolean done) {
            this(due, what, detail, done, null, false);
        }
    }

    private final List<Task> tasks = new ArrayList<>();

    MyTasksView(
            PlanService plans,
            ScheduleService schedule,
            DraftService drafts,
            CellContext cellContext,
            Clock clock,
            MeetingTaskService meetingTasks) {
        addClassNames("page", "tasks-view");
        LocalDate today = LocalDate.now(clock);
        add(new ViewToolbar(getTranslation("tasks.title"), getTranslation("tasks.subtitle")));

        List<TopicRow> mine = new ArrayList<>(plans.myTopics(today.getYear()));
        mine.addAll(plans.myTopics(today.getYear() + 1));
        for (TopicRow t : mine) {
            Optional<MeetingRow> meeting = schedule.meetingOfTopic(t.id());
            if (meeting.isPresent()) {
                LocalDate day = meeting.get().scheduledAt().toLocalDate();
                DraftDetails draft = drafts.details(t.id());
                int dueDays = schedule.deadlineRule(meeting.get().cellId()).draftDueDays();
                boolean handedIn = draft.progress().status() == DraftStatus.SUBMITTED
                        || draft.progress().status() == DraftStatus.APPROVED
                        || draft.progress().status() == DraftStatus.PRESENTED;
                tasks.add(new Task(
                        draft.facts().dueDate(),
                        getTranslation("tasks.draftDue", t.title()),
                        getTranslation("tasks.draftDueDetail", dueDays) + " · "
                                + EnumLabels.of(draft.progress().status()),
                        handedIn || day.isBefore(today),
                        DraftLinks.page(t.id()),
                        draft.progress().late()));
                tasks.add(new Task(
                        day,
                        getTranslation("tasks.present", t.title()),
                        getTranslation(
                                "tasks.presentDetail",
                                WHEN.format(meeting.get().scheduledAt()),
                                meeting.get().place() == null
                                        ? ""
                                        : meeting.get().place()),
                        day.isBefore(today)));
            } else {
                LocalDate monthStart = LocalDate.of(plans.yearOf(t.planId()), t.month(), 1);
                tasks.add(new Task(
                        monthStart,
                        getTranslation("tasks.present", t.title()),
                        getTranslation("tasks.presentMonth", t.month()),
                        monthStart.plusMonths(1).isBefore(today)));
            }
        }
        tasks.sort(Comparator.comparing(Task::due));
        Task next = tasks.stream()
                .filter(t -> !t.done() && !t.due().isBefore(today))
                .findFirst()
                .orElse(null);

        Div topics = new Div(new H3(getTranslation("tasks.myTopics")));
        topics.addClassName("card");
        if (tasks.isEmpty()) {
            topics.add(new Paragraph(getTranslation("tasks.none")));
        }
        for (Task task : tasks) {
            topics.add(taskRow(task, task == next, today));
        }
        topics.add(new RouterLink(getTranslation("tasks.seePlan"), PlanView.class));

        Div meetings = new Div(new H3(getTranslation("tasks.nextMeetings")));
        meetings.addClassName("card");
        cellContext.current().ifPresent(cell -> {
            List<MeetingRow> upcoming = schedule.between(cell.id(), today, today.plusDays(120)).stream()
                    .filter(m -> m.status().isUpcoming())
                    .limit(4)
                    .toList();
            if (upcoming.isEmpty()) {
                meetings.add(new Paragraph(getTranslation("tasks.noMeetings")));
            }
            for (MeetingRow m : upcoming) {
                Div row = new Div(
                        new Span(WHEN.format(m.scheduledAt())),
                        new Span(
                                m.title() != null
                                        ? getTranslation("calendar.chipThematic", m.title())
                                        : getTranslation("calendar.chipRegular")));
                row.addClassName("task-row");
                meetings.add(row);
            }
        });
        meetings.add(new RouterLink(getTranslation("tasks.seeCalendar"), CalendarView.class));
        Div toRead = new Div(new H3(getTranslation("tasks.draftsToRead")));
        toRead.addClassName("card");
        cellContext.current().ifPresent(cell -> {
            List<BoardRow> open = drafts.board(cell.id(), today.getYear()).stream()
                    .filter(r -> r.status() == DraftStatus.SUBMITTED
                            && !r.meetingDay().isBefore(today))
                    .filter(r -> mine.stream().noneMatch(t -> t.id() == r.topicId()))
                    .toList();
            if (open.isEmpty()) {
                toRead.add(new Paragraph(getTranslation("tasks.noDraftsToRead")));
            }
            for (BoardRow r : open) {
                Div row = new Div(
                        new Anchor(DraftLinks.page(r.topicId()), r.title() + " (v" + r.latestNumber() + ")"),
                        small(r.presenterName()));
                row.addClassName("task-row");
                toRead.add(row);
            }
        });
        Div grid = new Div(topics, new MyMeetingTasksCard(meetingTasks), meetings, toRead);
        grid.addClassName("two-column");
        add(grid);
    }

    private Component taskRow(Task task, boolean isNext, LocalDate today) {
        Div row = new Div();
        row.addClassName("task-row");
        if (isNext) {
            row.addClassName("next");
        }
        if (task.done()) {
            row.addClassName("done");
        }
        var icon = (task.done() ? VaadinIcon.CHECK : isNext ? VaadinIcon.ALARM : VaadinIcon.CIRCLE_THIN).create();
        Span date = new Span(DATE.format(task.due()));
        date.addClassName("task-date");
        Component what = task.link() == null ? new Span(task.what()) : new Anchor(task.link(), task.what());
        Div text = new Div(what, small(task.detail()));
        row.add(icon, date, text);
        if (task.late()) {
            // past its due date and not handed in: said in red, whatever else is next
            row.addClassName("late");
            Span late = new Span(getTranslation("drafts.lateTask"));
            late.addClassNames("pill", "pill-error");
            row.add(late);
        } else if (isNext) {
            long days = ChronoUnit.DAYS.between(today, task.due());
            Span badge = new Span(days == 0 ? getTranslation("tasks.today") : getTranslation("tasks.inDays", days));
            badge.addClassNames("pill", "pill-warning");
            row.add(badge);
        }
        return row;
    }

    private static Span small(@Nullable String text) {
        Span s = new Span(text == null ? "" : text);
        s.addClassName("topic-sub");
        return s;
    }

    /** For tests: the tasks listed. */
    List<Task> tasks() {
        return tasks;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tasks.title");
    }
}
