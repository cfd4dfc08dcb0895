package vn.chibo.organization.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface PartyOrganizationRepository extends JpaRepository<PartyOrganization, Long> {

    /** The organisation at {@code path} and everything below it, parents before children. */
    @Query("select o from PartyOrganization o where o.path like concat(:path, '%') order by o.path")
    List<PartyOrganization> findSubtree(String path);

    @Query("""
            select o from PartyOrganization o
            where o.kind = vn.chibo.organization.domain.OrganizationKind.CHI_BO and o.active = true
              and o.path like concat(:path, '%')
            order by o.name""")
    List<PartyOrganization> findActiveCellsUnder(String path);

    @Query("""
            select o from PartyOrganization o
            where o.kind = vn.chibo.organization.domain.OrganizationKind.CHI_BO and o.active = true
            order by o.name""")
    List<PartyOrganization> findAllActiveCells();

    List<PartyOrganization> findByParentIsNullOrderByName();

    /** The organisation's row, locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from PartyOrganization o where o.id = ?1")
    Optional<PartyOrganization> lockById(long id);
}
