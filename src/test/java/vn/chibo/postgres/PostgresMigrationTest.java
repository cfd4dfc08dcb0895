package vn.chibo.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.chibo.base.domain.ConcurrentEditException;
import vn.chibo.organization.domain.Member;
import vn.chibo.organization.domain.OrganizationKind;
import vn.chibo.organization.service.MemberData;
import vn.chibo.organization.service.MemberFilter;
import vn.chibo.organization.service.MemberService;
import vn.chibo.organization.service.OrganizationInfo;
import vn.chibo.organization.service.OrganizationService;
import vn.chibo.security.domain.UserAccountRepository;
import vn.chibo.security.service.SystemUser;
import vn.chibo.support.PostgresServer;
import vn.chibo.support.Slow;
import vn.chibo.support.TestTime;

/**
 * The same application on a real PostgreSQL server with the {@code postgres} profile: the Flyway
 * migrations run, Hibernate validates the schema against them, and the repositories work.
 */
@Slow
@SpringBootTest
@ActiveProfiles("postgres")
class PostgresMigrationTest {

    private static PostgresServer server;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        server = PostgresServer.start();
        registry.add("spring.datasource.url", server::jdbcUrl);
        registry.add("spring.datasource.username", server::username);
        registry.add("spring.datasource.password", () -> "");
        registry.add("chibo.data-dir", () -> "target/pg-test-data");
        registry.add("chibo.bootstrap.admin-password", () -> "Bootstrap-2026");
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganizationService organizations;

    @Autowired
    MemberService members;

    @Autowired
    UserAccountRepository accounts;

    @Test
    void migrationsRanOnPostgresql() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
                .isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForList(
                        "select table_name from information_schema.tables where table_schema='public'", String.class))
                .contains(
                        "party_organization",
                        "member",
                        "member_exemption",
                        "membership",
                        "user_account",
                        "audit_event");
    }

    @Test
    void noDemoDataButAFirstAdministratorWhoMustChangeThePassword() {
        assertThat(jdbc.queryForObject("select count(*) from member", Integer.class))
                .isZero();
        var admin = accounts.findByUsernameIgnoreCase("admin").orElseThrow();
        assertThat(admin.isMustChangePassword()).isTrue();
        assertThat(admin.getPasswordHash()).startsWith("{bcrypt}");
    }

    @Test
    void repositoriesWorkIncludingAccentFreeSearchAndOptimisticLocking() {
        SystemUser.run(() -> {
            OrganizationInfo root = organizations.create(null, OrganizationKind.DANG_BO, "Đảng bộ xã Thử", "Thử");
            OrganizationInfo cell = organizations.create(root.id(), OrganizationKind.CHI_BO, "Chi bộ Thử", "Thử");
            MemberData d = new MemberData();
            d.setFullName("Nguyễn Thị Hoàn");
            d.setBirthDate(LocalDate.of(1980, 1, 1));
            long id = members.create(cell.id(), d);
            members.addExemption(id, "Ốm dài ngày", TestTime.today().minusDays(1), null);

            assertThat(members.find(cell.id(), new MemberFilter("hoan", null, null, true), 0, 10, Sort.unsorted()))
                    .extracting(Member::getFullName)
                    .containsExactly("Nguyễn Thị Hoàn");
            assertThat(members.exemptedToday(cell.id())).containsExactly(id);
            assertThat(organizations.ancestry(cell.id()))
                    .extracting(OrganizationInfo::name)
                    .containsExactly("Đảng bộ xã Thử", "Chi bộ Thử");

            MemberData stale = MemberData.of(members.get(id));
            MemberData fresh = MemberData.of(members.get(id));
            fresh.setOccupation("Giáo viên");
            members.update(id, fresh);
            assertThatThrownBy(() -> members.update(id, stale)).isInstanceOf(ConcurrentEditException.class);
        });
    }
}
