package vn.chibo.minutes.service;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.meeting.service.MeetingAccess;
import vn.chibo.minutes.domain.MeetingTaskRepository;
import vn.chibo.security.service.CurrentUser;

/**
 * {@code @meetingTaskAccess}: a task is reported done by the member it was given to, or by those who manage the
 * meeting (the secretary reports for a member who told them) — not by other members.
 */
@Component("meetingTaskAccess")
@Transactional(readOnly = true)
public class MeetingTaskAccess {

    private final MeetingTaskRepository tasks;
    private final MeetingAccess meetingAccess;
    private final CurrentUser currentUser;

    MeetingTaskAccess(MeetingTaskRepository tasks, MeetingAccess meetingAccess, CurrentUser currentUser) {
        this.tasks = tasks;
        this.meetingAccess = meetingAccess;
        this.currentUser = currentUser;
    }

    public boolean canMarkDone(@Nullable Long taskId) {
        if (taskId == null) {
            return false;
        }
        Long me = currentUser.get().map(u -> u.memberId()).orElse(null);
        return tasks.findById(taskId)
                .map(t -> (me != null && me == t.getMemberId() && meetingAccess.canRead(t.getMeetingId()))
                        || meetingAccess.canManage(t.getMeetingId()))
                .orElse(false);
    }
}
