package vn.chibo.plan.service;

import org.springframework.stereotype.Component;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.organization.domain.PartyOrganization;
import vn.chibo.organization.service.OrganizationService;

/** The organisation entity a plan or library belongs to, asked of the organisation feature (and its access rules). */
@Component
class CellLookup {

    private final OrganizationService organizations;

    CellLookup(OrganizationService organizations) {
        this.organizations = organizations;
    }

    PartyOrganization cell(long cellId) {
        PartyOrganization cell = organizations.reference(cellId);
        if (!cell.isCell()) {
            throw new BusinessException("member.error.notACell");
        }
        return cell;
    }

    PartyOrganization organization(long organizationId) {
        return organizations.reference(organizationId);
    }
}
