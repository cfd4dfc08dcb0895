package vn.chibo.security.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    List<UserAccount> findByOrganizationIdInOrderByUsername(Collection<Long> organizationIds);

    List<UserAccount> findAllByOrderByUsername();

    List<UserAccount> findByUsernameIn(Collection<String> usernames);

    Optional<UserAccount> findFirstByMemberId(Long memberId);

    /** The password hash of an enabled account: what a logged-in session is checked against on every request. */
    @Query("select a.passwordHash from UserAccount a where a.id = :id and a.enabled = true")
    Optional<String> findEnabledPasswordHash(Long id);

    // Log-in bookkeeping is one atomic UPDATE each and leaves the version alone: the same account logging in
    // from two devices at once must not fail with "changed by someone else", nor make an admin's edit fail.

    @Modifying
    @Query("update UserAccount a set a.failedAttempts = 0, a.lockedUntil = null, a.lastLoginAt = :now where a.id = :id")
    int recordSuccessfulLogin(Long id, Instant now);

    @Modifying
    @Query("update UserAccount a set a.failedAttempts = a.failedAttempts + 1 where a.id = :id")
    int countFailedLogin(Long id);
}
