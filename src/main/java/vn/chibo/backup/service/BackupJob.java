package vn.chibo.backup.service;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.chibo.base.VietnamClock;
import vn.chibo.security.service.SystemUser;

/** The nightly backup (02:00 Vietnam time by default), as the system. */
@Component
@ConditionalOnProperty(name = "chibo.backup.enabled", havingValue = "true", matchIfMissing = true)
class BackupJob {

    private final BackupService backups;

    BackupJob(BackupService backups) {
        this.backups = backups;
    }

    @Scheduled(cron = "${chibo.backup.cron:0 0 2 * * *}", zone = VietnamClock.ZONE)
    void nightly() {
        SystemUser.run(backups::backupNow);
    }
}
