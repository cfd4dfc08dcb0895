package vn.chibo.register.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RegisterEntryRepository extends JpaRepository<RegisterEntry, Long> {

    Optional<RegisterEntry> findByOrganizationIdAndSubjectTypeAndSubjectIdAndKind(
            long organizationId, String subjectType, long subjectId, DocumentKind kind);

    List<RegisterEntry> findByOrganizationIdAndSubjectTypeAndSubjectIdIn(
            long organizationId, String subjectType, Collection<Long> subjectIds);

    List<RegisterEntry> findByOrganizationIdOrderByIssuedOnDescIdDesc(long organizationId);

    @Query("select max(e.number) from RegisterEntry e where e.termId = ?1 and e.kind = ?2")
    Optional<Integer> highest(long termId, DocumentKind kind);
}
