package vn.chibo.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

class VietnamClockTest {

    /** 31 December 2026, 17:30 UTC: already New Year's night in Hà Nội. */
    private static final Instant NEW_YEAR_NIGHT_UTC = Instant.parse("2026-12-31T17:30:00Z");

    @Test
    void theRealClockIsInVietnamTimeSoTodayChangesAt17UtcNotAtMidnightUtc() {
        Clock clock = VietnamClock.from("", false, Clock.fixed(NEW_YEAR_NIGHT_UTC, ZoneOffset.UTC));
        assertThat(clock.getZone()).isEqualTo(VietnamClock.VIETNAM);
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(LocalDate.now(Clock.fixed(NEW_YEAR_NIGHT_UTC, ZoneOffset.UTC)))
                .isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void aSetMomentIsReadWithItsOffsetAsVietnamLocalTimeOrAsADayAtEight() {
        assertThat(VietnamClock.parse("2027-01-01T00:30+07:00")).isEqualTo(NEW_YEAR_NIGHT_UTC);
        assertThat(VietnamClock.parse("2026-12-31T17:30Z")).isEqualTo(NEW_YEAR_NIGHT_UTC);
        assertThat(VietnamClock.parse("2027-01-01T00:30")).isEqualTo(NEW_YEAR_NIGHT_UTC);
        assertThat(VietnamClock.parse("2028-02-29")).isEqualTo(Instant.parse("2028-02-29T01:00:00Z"));
    }

    @Test
    void aFixedClockStandsStillAndATickingOneMovesOnFromTheSetMoment() {
        MutableClock system = new MutableClock(Instant.parse("2026-06-01T03:00:00Z"));
        Clock fixed = VietnamClock.from("2027-01-01T00:30+07:00", true, system);
        Clock ticking = VietnamClock.from("2027-01-01T00:30+07:00", false, system);
        Instant tickingAtStart = ticking.instant();
        system.advance(Duration.ofMinutes(45));
        assertThat(fixed.instant()).isEqualTo(NEW_YEAR_NIGHT_UTC);
        assertThat(Duration.between(tickingAtStart, ticking.instant())).isEqualTo(Duration.ofMinutes(45));
        assertThat(ticking.getZone()).isEqualTo(VietnamClock.VIETNAM);
    }

    @Test
    void twoClocksMadeFromOneSettingInOneProcessReadTheSameTime() {
        Clock system = Clock.fixed(Instant.parse("2026-06-01T03:00:00Z"), ZoneOffset.UTC);
        assertThat(VietnamClock.from("2028-02-29T09:00+07:00", false, system).instant())
                .isEqualTo(VietnamClock.from("2028-02-29T09:00+07:00", false, system)
                        .instant());
    }

    @Test
    void aMomentThatCannotBeReadIsRefusedWithTheFormsItTakes() {
        assertThatThrownBy(() -> VietnamClock.from("01/01/2027", false, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2027-01-01T00:30+07:00");
    }

    @Test
    void theApplicationRunsAtTheSetMoment() {
        try (ConfigurableApplicationContext context =
                start("--chibo.clock=2027-01-01T00:30+07:00", "--chibo.clock-fixed=true")) {
            Clock clock = context.getBean(Clock.class);
            assertThat(LocalDateTime.now(clock)).isEqualTo(LocalDateTime.of(2027, 1, 1, 0, 30));
        }
    }

    @Test
    void aSetClockIsRefusedWithThePostgresProfileUnlessAllowed() {
        assertThatThrownBy(() -> start("--spring.profiles.active=postgres", "--chibo.clock=2027-01-01T00:30+07:00")
                        .close())
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .rootCause()
                .hasMessageContaining("CHIBO_CLOCK_ALLOW_PRODUCTION");
        try (ConfigurableApplicationContext context = start(
                "--spring.profiles.active=postgres",
                "--chibo.clock=2027-01-01T00:30+07:00",
                "--chibo.clock-allow-production=true")) {
            assertThat(LocalDate.now(context.getBean(Clock.class))).isEqualTo(LocalDate.of(2027, 1, 1));
        }
    }

    /** Only the clock's configuration, not the whole application: what decides the clock is tested alone. */
    private static ConfigurableApplicationContext start(String... args) {
        SpringApplication app = new SpringApplication(ClockOnly.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        return app.run(args);
    }

    @Configuration(proxyBeanMethods = false)
    @Import(ClockConfiguration.class)
    static class ClockOnly {}

    /** A machine's clock that the test moves on by hand. */
    private static final class MutableClock extends Clock {
        private final Instant[] now;
        private final ZoneId zone;

        MutableClock(Instant now) {
            this(new Instant[] {now}, ZoneOffset.UTC);
        }

        private MutableClock(Instant[] now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        void advance(Duration d) {
            now[0] = now[0].plus(d);
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId newZone) {
            return new MutableClock(now, newZone);
        }

        @Override
        public Instant instant() {
            return now[0];
        }
    }
}
