package vn.chibo.meeting.service;

import org.springframework.stereotype.Component;
import vn.chibo.base.domain.NotFoundException;
import vn.chibo.organization.domain.PartyOrganization;
import vn.chibo.organization.service.OrganizationService;
import vn.chibo.plan.domain.PlanTopic;
import vn.chibo.plan.service.PlanService;

/** The cell and topic entities a meeting points to, asked of the features that own them (and their access rules). */
@Component
class CellEntities {

    private final OrganizationService organizations;
    private final PlanService plans;

    CellEntities(OrganizationService organizations, PlanService plans) {
        this.organizations = organizations;
        this.plans = plans;
    }

    PartyOrganization cell(long cellId) {
        PartyOrganization cell = organizations.reference(cellId);
        if (!cell.isCell()) {
            throw new NotFoundException("organization", cellId);
        }
        return cell;
    }

    PlanTopic topic(long topicId) {
        return plans.reference(topicId);
    }
}
