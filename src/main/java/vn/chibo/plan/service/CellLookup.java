package vn.chibo.plan.service;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.domain.NotFoundException;
import vn.chibo.organization.domain.PartyOrganization;
import vn.chibo.organization.domain.PartyOrganizationRepository;

/** The cell entity a new plan belongs to (the caller has already been authorised for it). */
@Component
@Transactional(readOnly = true)
class CellLookup {

    private final PartyOrganizationRepository organizations;

    CellLookup(PartyOrganizationRepository organizations) {
        this.organizations = organizations;
    }

    PartyOrganization cell(long cellId) {
        PartyOrganization cell = organizations.findById(cellId).orElseThrow(() -> new NotFoundException("organization", cellId));
        if (!cell.isCell()) {
            throw new BusinessException("member.error.notACell");
        }
        return cell;
    }

    PartyOrganization organization(long organizationId) {
        return organizations.findById(organizationId)
                .orElseThrow(() -> new NotFoundException("organization", organizationId));
    }
}
