package vn.chibo.minutes.service;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.chibo.minutes.domain.MeetingTask;

/**
 * A task given at a meeting, with its state at the moment the reader looks from: now for "Việc của tôi", the
 * reviewing meeting's time for the next meeting's review (so printed minutes never change afterwards).
 *
 * @param version the version to send back with a change
 */
public record MeetingTaskRow(
        long id,
        long version,
        long meetingId,
        LocalDate meetingDay,
        long memberId,
        String memberName,
        String description,
        LocalDate dueOn,
        @Nullable Instant doneAt,
        @Nullable String result,
        MeetingTaskState state) {

    /** The task as it stood at {@code at}, on the day {@code day}: a task done later was still open then. */
    static MeetingTaskRow of(MeetingTask t, Instant at, LocalDate day) {
        Instant done = t.getDoneAt();
        MeetingTaskState state = done != null && !done.isAfter(at)
                ? MeetingTaskState.DONE
                : t.getDueOn().isBefore(day) ? MeetingTaskState.LATE : MeetingTaskState.OPEN;
        return new MeetingTaskRow(
                t.requireId(),
                t.getVersion(),
                t.getMeetingId(),
                t.getMeetingDay(),
                t.getMemberId(),
                t.getMemberName(),
                t.getDescription(),
                t.getDueOn(),
                done,
                t.getResult(),
                state);
    }

    public boolean isLate() {
        return state == MeetingTaskState.LATE;
    }
}
