package vn.chibo.draft.service;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.chibo.base.VietnamClock;
import vn.chibo.security.service.SystemUser;

/** Runs the draft reminders at 07:00 Vietnam time every day, as the system. */
@Component
class DraftReminderJob {

    private static final Logger log = LoggerFactory.getLogger(DraftReminderJob.class);

    private final DraftReminders reminders;
    private final Clock clock;

    DraftReminderJob(DraftReminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @Scheduled(cron = "${chibo.drafts.reminder-cron:0 0 7 * * *}", zone = VietnamClock.ZONE)
    void daily() {
        int n = SystemUser.call(() -> reminders.send(LocalDate.now(clock)));
        log.info("Draft reminders sent: {}", n);
    }
}
