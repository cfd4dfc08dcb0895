package vn.chibo.support;

import org.springframework.stereotype.Component;
import vn.chibo.demo.DemoData;
import vn.chibo.organization.domain.MemberRepository;
import vn.chibo.organization.domain.PartyOrganization;
import vn.chibo.organization.domain.PartyOrganizationRepository;

/** Ids of the demo data, looked up directly (no access rules) for test set-up. */
@Component
public class Demo {

    private final PartyOrganizationRepository organizations;
    private final MemberRepository members;

    Demo(PartyOrganizationRepository organizations, MemberRepository members) {
        this.organizations = organizations;
        this.members = members;
    }

    public long cell(String name) {
        return organizations.findAll().stream().filter(o -> o.getName().equals(name)).findFirst()
                .map(PartyOrganization::requireId).orElseThrow();
    }

    public long primarySchool() {
        return cell(DemoData.PRIMARY_SCHOOL);
    }

    public long secondarySchool() {
        return cell(DemoData.SECONDARY_SCHOOL);
    }

    public long member(String fullName) {
        return members.findAll().stream().filter(m -> m.getFullName().equals(fullName)).findFirst().orElseThrow()
                .requireId();
    }
}
