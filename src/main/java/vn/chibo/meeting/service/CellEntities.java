package vn.chibo.meeting.service;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.domain.NotFoundException;
import vn.chibo.organization.domain.PartyOrganization;
import vn.chibo.organization.domain.PartyOrganizationRepository;
import vn.chibo.plan.domain.PlanTopic;
import vn.chibo.plan.domain.PlanTopicRepository;

/** The cell and topic entities a meeting points to (callers are already authorised for them). */
@Component
@Transactional(readOnly = true)
class CellEntities {

    private final PartyOrganizationRepository organizations;
    private final PlanTopicRepository topics;

    CellEntities(PartyOrganizationRepository organizations, PlanTopicRepository topics) {
        this.organizations = organizations;
        this.topics = topics;
    }

    PartyOrganization cell(long cellId) {
        return organizations.findById(cellId).filter(PartyOrganization::isCell)
                .orElseThrow(() -> new NotFoundException("organization", cellId));
    }

    PlanTopic topic(long topicId) {
        return topics.findById(topicId).orElseThrow(() -> new NotFoundException("topic", topicId));
    }
}
