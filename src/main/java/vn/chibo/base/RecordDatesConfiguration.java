package vn.chibo.base;

import java.time.Clock;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/** Saved records are dated by the one clock ({@code @CreatedDate}, {@code @LastModifiedDate}), not the machine's. */
@Configuration
@EnableJpaAuditing(dateTimeProviderRef = "clockTime")
class RecordDatesConfiguration {

    @Bean
    DateTimeProvider clockTime(Clock clock) {
        return () -> Optional.of(clock.instant());
    }
}
