package vn.chibo.meeting.service;

import vn.chibo.organization.domain.PartyOrganization;
import vn.chibo.organization.domain.PartyOrganizationRepository;
import vn.chibo.organization.service.OrganizationService;

/** A crossing the architecture rule must report (another feature's repository), beside two uses it allows. */
class CrossingForArchitectureTest {

    PartyOrganization allowedDomainType;
    OrganizationService allowedServiceApi;
    PartyOrganizationRepository crossing;
}
