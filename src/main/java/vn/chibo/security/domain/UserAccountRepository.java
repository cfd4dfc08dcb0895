package vn.chibo.security.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    List<UserAccount> findByOrganizationIdInOrderByUsername(Collection<Long> organizationIds);

    List<UserAccount> findAllByOrderByUsername();

    Optional<UserAccount> findFirstByMemberId(Long memberId);
}
