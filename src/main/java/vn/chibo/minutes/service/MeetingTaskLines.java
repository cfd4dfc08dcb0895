package vn.chibo.minutes.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chibo.base.i18n.Translations;

/**
 * The minutes' lines about tasks: those assigned at the meeting ("Nhiệm vụ giao: Đồng chí X — việc — hạn …") and,
 * for a regular meeting, the review of earlier meetings' tasks. Kept apart from {@link MinutesDocuments} so the
 * printed minutes gain the feature through two lists of the template.
 */
@Component
class MeetingTaskLines {

    /** The template lists these lines fill, and their fields. */
    static final Map<String, Set<String>> LISTS =
            Map.of("tasks", Set.of("line"), "has_review", Set.of(), "review", Set.of("line"));

    private final MeetingTaskService tasks;
    private final Translations text;

    MeetingTaskLines(MeetingTaskService tasks, Translations text) {
        this.tasks = tasks;
        this.text = text;
    }

    /** The minutes' lists with the task lists added. */
    static Map<String, Set<String>> withTaskLists(Map<String, Set<String>> lists) {
        Map<String, Set<String>> all = new HashMap<>(lists);
        all.putAll(LISTS);
        return Map.copyOf(all);
    }

    /** Adds the meeting's task lines to the lists the template is filled with. */
    void addTo(Map<String, List<Map<String, String>>> lists, long meetingId) {
        lists.put(
                "tasks",
                tasks.ofMeeting(meetingId).stream()
                        .map(t -> Map.of(
                                "line",
                                text.vi(
                                        "doc.minutes.taskLine",
                                        t.memberName(),
                                        t.description(),
                                        MeetingTaskService.DAY.format(t.dueOn()))))
                        .toList());
        List<Map<String, String>> review = tasks.review(meetingId).stream()
                .map(t -> Map.of(
                        "line",
                        text.vi(
                                "doc.minutes.reviewLine",
                                t.memberName(),
                                t.description(),
                                MeetingTaskService.DAY.format(t.dueOn()),
                                state(t))))
                .toList();
        lists.put("has_review", review.isEmpty() ? List.of() : List.of(Map.of()));
        lists.put("review", review);
    }

    private String state(MeetingTaskRow t) {
        String state = text.vi("task.state." + t.state().name());
        return t.state() == MeetingTaskState.DONE && t.result() != null ? state + " — " + t.result() : state;
    }
}
