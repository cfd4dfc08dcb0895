package vn.chibo.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.register.domain.DocumentKind;
import vn.chibo.register.service.DocumentRegister;
import vn.chibo.register.service.IssuedNumber;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;

/**
 * The register's numbering, on terms of the 1990s set for the demo cells (so it depends on no date and leaves the
 * demo's own numbers alone); committed for real — the concurrency and the roll-back need it —, cleaned up after.
 */
@ChiboSpringTest
class DocumentRegisterTest {

    @Autowired
    DocumentRegister register;

    @Autowired
    DemoUsers users;

    @Autowired
    Demo demo;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    long primary;
    long secondary;

    @BeforeEach
    void setUp() {
        primary = demo.primarySchool();
        secondary = demo.secondarySchool();
        users.login("bithu");
    }

    @AfterEach
    void cleanUp() {
        users.logout();
        jdbc.update(
                "delete from register_entry where term_id in (select id from register_term where starts_on < ?)",
                LocalDate.of(2000, 1, 1));
        jdbc.update(
                "delete from register_counter where term_id in (select id from register_term where starts_on < ?)",
                LocalDate.of(2000, 1, 1));
        jdbc.update("delete from register_term where starts_on < ?", LocalDate.of(2000, 1, 1));
    }

    private void term(long org, int year, Map<DocumentKind, Integer> next) {
        register.configure(org, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), next);
    }

    private IssuedNumber issue(long org, DocumentKind kind, long id, LocalDate on) {
        return register.issue(org, kind, "Test", id, on, "Văn bản thử " + id);
    }

    @Test
    void numbersRunFromOnePerKindAndOrganisationAndTheDocumentKeepsItsNumber() {
        term(primary, 1991, Map.of());
        LocalDate day = LocalDate.of(1991, 3, 5);
        assertThat(issue(primary, DocumentKind.TB, 1, day).number()).isEqualTo(1);
        assertThat(issue(primary, DocumentKind.TB, 2, day).number()).isEqualTo(2);
        assertThat(issue(primary, DocumentKind.NQ, 3, day).number())
                .as("each kind its own run")
                .isEqualTo(1);
        assertThat(issue(primary, DocumentKind.TB, 1, day).number())
                .as("issued again: the same number")
                .isEqualTo(1);
        IssuedNumber third = issue(primary, DocumentKind.TB, 4, day);
        assertThat(third.printed()).isEqualTo("Số 03-TB/CB");
        assertThat(third.issuedOn()).isEqualTo(day);

        users.login("bithu.thcs");
        term(secondary, 1991, Map.of());
        assertThat(issue(secondary, DocumentKind.TB, 5, day).number())
                .as("each organisation its own run")
                .isEqualTo(1);
        users.login("bithu");
        assertThat(register.entries(primary))
                .filteredOn(n -> n.subjectType().equals("Test"))
                .extracting(IssuedNumber::code)
                .containsExactly("03-TB/CB", "01-NQ/CB", "02-TB/CB", "01-TB/CB");
    }

    @Test
    void numbersStartAgainFromOneInANewTerm() {
        term(primary, 1992, Map.of());
        term(primary, 1993, Map.of());
        assertThat(issue(primary, DocumentKind.TB, 11, LocalDate.of(1992, 6, 1)).number())
                .isEqualTo(1);
        assertThat(issue(primary, DocumentKind.TB, 12, LocalDate.of(1992, 7, 1)).number())
                .isEqualTo(2);
        assertThat(issue(primary, DocumentKind.TB, 13, LocalDate.of(1993, 2, 1)).number())
                .isEqualTo(1);
    }

    @Test
    void anOrganisationStartingMidTermGoesOnFromTheNextNumberItSetsAndNeverBack() {
        term(primary, 1994, Map.of(DocumentKind.BB, 15));
        LocalDate day = LocalDate.of(1994, 4, 5);
        assertThat(issue(primary, DocumentKind.BB, 21, day).printed()).isEqualTo("Số 15-BB/CB");
        assertThat(issue(primary, DocumentKind.BB, 22, day).number()).isEqualTo(16);
        assertThatThrownBy(() -> term(primary, 1994, Map.of(DocumentKind.BB, 16)))
                .as("16 was given: never again")
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("register.error.reused");
        term(primary, 1994, Map.of(DocumentKind.BB, 30));
        assertThat(issue(primary, DocumentKind.BB, 23, day).number()).isEqualTo(30);
        assertThat(register.settings(primary).next()).isNotNull();
    }

    @Test
    void aRolledBackIssueGivesItsNumberBackAndNoNumberIsEverGivenTwice() {
        term(primary, 1995, Map.of());
        LocalDate day = LocalDate.of(1995, 5, 5);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            assertThat(issue(primary, DocumentKind.TB, 31, day).number()).isEqualTo(1);
            status.setRollbackOnly(); // the document's issue failed after its number was taken
        });
        assertThat(register.find(primary, DocumentKind.TB, "Test", 31)).isEmpty();
        assertThat(issue(primary, DocumentKind.TB, 32, day).number())
                .as("no gap")
                .isEqualTo(1);
        assertThat(issue(primary, DocumentKind.TB, 31, day).number()).isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(distinct number) - count(*) from register_entry where term_id in"
                                + " (select id from register_term where starts_on = ?)",
                        Integer.class,
                        LocalDate.of(1995, 1, 1)))
                .isZero();
    }

    @Test
    void twoIssuesAtTheSameMomentGetDifferentNumbers() throws Exception {
        term(primary, 1996, Map.of(DocumentKind.TB, 1));
        assertThat(atOnce("bithu", primary, 40, LocalDate.of(1996, 9, 2))).containsExactlyInAnyOrder(1, 2, 3, 4);
    }

    @Test
    void firstIssuesOfAKindAtTheSameMomentInATermNotYetOpenedAllGetNumbersAndOneTermIsOpened() throws Exception {
        // no term of the cell covers 1994: the first issue opens one
        assertThat(atOnce("bithu.thcs", secondary, 60, LocalDate.of(1994, 3, 8)))
                .containsExactlyInAnyOrder(1, 2, 3, 4);
        assertThat(jdbc.queryForObject(
                        "select count(*) from register_term where organization_id = ? and starts_on = ?",
                        Integer.class,
                        secondary,
                        LocalDate.of(1994, 1, 1)))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from register_counter where kind = 'TB' and term_id in"
                                + " (select id from register_term where organization_id = ? and starts_on = ?)",
                        Integer.class,
                        secondary,
                        LocalDate.of(1994, 1, 1)))
                .isEqualTo(1);
    }

    /** Four notices (TB) of {@code org}, ids from {@code firstId}, issued by {@code user} at the same moment. */
    private List<Integer> atOnce(String user, long org, long firstId, LocalDate day) throws Exception {
        int n = 4;
        CyclicBarrier start = new CyclicBarrier(n);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                long id = firstId + i;
                results.add(pool.submit(() -> {
                    users.login(user);
                    try {
                        start.await(10, TimeUnit.SECONDS);
                        return issue(org, DocumentKind.TB, id, day).number();
                    } finally {
                        users.logout();
                    }
                }));
            }
            List<Integer> numbers = new ArrayList<>();
            for (Future<Integer> f : results) {
                numbers.add(f.get(60, TimeUnit.SECONDS));
            }
            return numbers;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onlyTheCellsSecretaryChangesItsRegisterAndAMemberSeesOnlyTheirCell() {
        users.login("dangvien");
        assertThatThrownBy(() -> term(primary, 1997, Map.of(DocumentKind.BB, 5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> register.entries(secondary)).isInstanceOf(AccessDeniedException.class);
        assertThat(register.entries(primary)).isNotNull();
        users.login("danguy");
        assertThatThrownBy(() -> term(primary, 1997, Map.of(DocumentKind.BB, 5)))
                .as("the committee reads the cell's register, never sets it")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(register.entries(primary)).isNotNull();
        users.login("bithu.thcs");
        assertThatThrownBy(() -> term(primary, 1997, Map.of(DocumentKind.BB, 5)))
                .isInstanceOf(AccessDeniedException.class);
        users.login("bithu");
        term(primary, 1997, Map.of(DocumentKind.BB, 5));
        assertThat(issue(primary, DocumentKind.BB, 51, LocalDate.of(1997, 1, 9)).number())
                .isEqualTo(5);
    }
}
