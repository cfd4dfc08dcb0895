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
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    Demo(PartyOrganizationRepository organizations, MemberRepository members,
            org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.organizations = organizations;
        this.members = members;
        this.jdbc = jdbc;
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

    /** The id of a cell's topic for a month, read straight from the database. */
    public long topicId(long cellId, int year, int month) {
        return jdbc.queryForObject("select t.id from plan_topic t join annual_plan p on p.id = t.plan_id"
                + " where p.cell_id = ? and p.plan_year = ? and t.target_month = ?", Long.class, cellId, year, month);
    }

    public long member(String fullName) {
        return members.findAll().stream().filter(m -> m.getFullName().equals(fullName)).findFirst().orElseThrow()
                .requireId();
    }
}
