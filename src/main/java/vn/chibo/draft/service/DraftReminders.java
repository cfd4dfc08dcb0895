package vn.chibo.draft.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.i18n.Message;
import vn.chibo.draft.domain.Draft;
import vn.chibo.draft.domain.DraftReminder;
import vn.chibo.draft.domain.DraftReminderRepository;
import vn.chibo.draft.domain.DraftRepository;
import vn.chibo.draft.domain.DraftStatus;
import vn.chibo.meeting.service.DraftDeadlineRule;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.notification.service.NotificationService;

/**
 * Every morning: presenters whose draft is due within three days, or overdue, are reminded — once per topic
 * and kind, whatever day the job runs again.
 */
@Service
@Transactional
public class DraftReminders {

    static final int DAYS_BEFORE = 3;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ScheduleService schedule;
    private final DraftRepository drafts;
    private final DraftReminderRepository sent;
    private final NotificationService notifications;

    DraftReminders(
            ScheduleService schedule,
            DraftRepository drafts,
            DraftReminderRepository sent,
            NotificationService notifications) {
        this.schedule = schedule;
        this.drafts = drafts;
        this.sent = sent;
        this.notifications = notifications;
    }

    /** Sends the reminders due on {@code today}; returns how many were sent. */
    @PreAuthorize("hasRole('ADMIN')")
    public int send(LocalDate today) {
        int count = 0;
        for (MeetingRow m : schedule.thematicBetween(today, today.plusDays(70))) {
            if (m.topicId() == null || m.presenterId() == null) {
                continue;
            }
            DraftDeadlineRule rule = schedule.deadlineRule(m.cellId());
            LocalDate due = rule.dueDate(m.scheduledAt().toLocalDate());
            DraftStatus status =
                    drafts.findByTopicId(m.topicId()).map(Draft::getStatus).orElse(DraftStatus.NOT_STARTED);
            if (status == DraftStatus.SUBMITTED || status == DraftStatus.APPROVED || status == DraftStatus.PRESENTED) {
                continue;
            }
            DraftReminder.Kind kind = today.isAfter(due)
                    ? DraftReminder.Kind.OVERDUE
                    : !today.isBefore(due.minusDays(DAYS_BEFORE)) ? DraftReminder.Kind.DUE_SOON : null;
            if (kind == null || sent.existsById(new DraftReminder.Key(m.topicId(), kind.name()))) {
                continue;
            }
            String key = kind == DraftReminder.Kind.OVERDUE ? "notify.draftOverdue" : "notify.draftDueSoon";
            notifications.notify(
                    m.presenterId(),
                    Message.of(key, m.title(), DAY.format(due)),
                    Message.of(
                            "notify.draftReminderBody",
                            DAY.format(m.scheduledAt().toLocalDate())),
                    DraftLinks.page(m.topicId()));
            sent.save(new DraftReminder(m.topicId(), kind, today));
            count++;
        }
        return count;
    }
}
