package vn.chibo.base;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The one clock every class reads. {@code CHIBO_CLOCK} runs the whole application at another moment (a cell
 * rehearses a meeting, a trainer shows next month, a test pins a date); with the {@code postgres} profile —
 * real records — that is refused unless {@code CHIBO_CLOCK_ALLOW_PRODUCTION=true}.
 */
@Configuration
@EnableScheduling
@EnableAsync
class ClockConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClockConfiguration.class);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss xxx");

    @Bean
    Clock clock(
            @Value("${chibo.clock:}") String setting,
            @Value("${chibo.clock-fixed:false}") boolean fixed,
            @Value("${chibo.clock-allow-production:false}") boolean allowProduction,
            Environment environment) {
        Clock clock = VietnamClock.from(setting, fixed, VietnamClock.system());
        if (!setting.isBlank()) {
            if (environment.matchesProfiles("postgres") && !allowProduction) {
                throw new IllegalStateException("CHIBO_CLOCK is set (" + setting + ") with the postgres profile: real"
                        + " records would carry a false date. Unset it, or set CHIBO_CLOCK_ALLOW_PRODUCTION=true.");
            }
            log.warn(
                    "CLOCK SET — the application runs at {} Vietnam time ({}), not at the real time. Đồng hồ của"
                            + " ứng dụng đã được đặt lại: mọi ngày giờ trong ứng dụng theo thời điểm này.",
                    SHOWN.format(clock.instant().atZone(VietnamClock.VIETNAM)),
                    fixed ? "fixed" : "ticking from it");
        }
        return new ReplayableClock(clock);
    }

    /**
     * The nightly jobs (backup, draft reminders) keep the hours of the same clock when it ticks from a set moment;
     * a clock that stands still would never reach the next hour, so those run on the machine's.
     */
    @Bean
    ThreadPoolTaskSchedulerCustomizer jobsOnTheClock(Clock clock, @Value("${chibo.clock-fixed:false}") boolean fixed) {
        return scheduler -> {
            if (!fixed) {
                scheduler.setClock(clock);
            }
        };
    }
}
