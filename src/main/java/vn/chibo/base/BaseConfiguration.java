package vn.chibo.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@org.springframework.scheduling.annotation.EnableScheduling
@org.springframework.scheduling.annotation.EnableAsync
class BaseConfiguration {

    /** Vietnam's time: "today" for a meeting is the cell's today, whatever the server's zone. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    Clock clock() {
        return new ReplayableClock(Clock.system(VIETNAM));
    }
}
