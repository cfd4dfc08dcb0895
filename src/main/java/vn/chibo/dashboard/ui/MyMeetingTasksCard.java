package vn.chibo.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import vn.chibo.base.ui.Formats;
import vn.chibo.base.ui.Notifications;
import vn.chibo.base.ui.TextDialog;
import vn.chibo.minutes.service.MeetingTaskRow;
import vn.chibo.minutes.service.MeetingTaskService;
import vn.chibo.minutes.service.MinutesLinks;

/**
 * The member's open tasks from meetings, by deadline, late ones marked "Quá hạn"; "Đã xong" reports the result,
 * which the next regular meeting hears.
 */
class MyMeetingTasksCard extends Div {

    private final MeetingTaskService tasks;
    private List<MeetingTaskRow> rows = List.of();

    MyMeetingTasksCard(MeetingTaskService tasks) {
        this.tasks = tasks;
        addClassNames("card", "my-meeting-tasks");
        fill();
    }

    private void fill() {
        removeAll();
        add(new H3(getTranslation("task.mine")));
        rows = tasks.mine();
        if (rows.isEmpty()) {
            add(new Paragraph(getTranslation("task.mineNone")));
        }
        for (MeetingTaskRow t : rows) {
            Span date = new Span(Formats.date(t.dueOn()));
            date.addClassName("task-date");
            Span from = new Span(getTranslation("task.fromMeeting", Formats.date(t.meetingDay())));
            from.addClassName("topic-sub");
            Div text = new Div(new Anchor(MinutesLinks.meeting(t.meetingId()), t.description()), from);
            Div row = new Div(VaadinIcon.CLIPBOARD_CHECK.create(), date, text);
            row.addClassName("task-row");
            if (t.isLate()) {
                Span late = new Span(getTranslation("task.state.LATE"));
                late.addClassNames("pill", "pill-error", "task-late");
                row.add(late);
            }
            Button done = new Button(getTranslation("task.markDone"), VaadinIcon.CHECK.create(), e -> markDone(t));
            done.addThemeVariants(ButtonVariant.SMALL);
            row.add(done);
            add(row);
        }
    }

    private void markDone(MeetingTaskRow t) {
        new TextDialog(
                        getTranslation("task.markDone") + ": " + t.description(),
                        getTranslation("task.result"),
                        getTranslation("task.resultHelp"),
                        null,
                        1000,
                        getTranslation("task.markDone"),
                        result -> {
                            tasks.markDone(t.id(), t.version(), result);
                            Notifications.success(getTranslation("task.marked"));
                            fill();
                        })
                .open();
    }

    /** For tests: the tasks listed. */
    List<MeetingTaskRow> rows() {
        return rows;
    }
}
