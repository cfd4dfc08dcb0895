package vn.chibo.support;

import org.springframework.jdbc.core.JdbcTemplate;
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
    private final JdbcTemplate jdbc;

    Demo(PartyOrganizationRepository organizations, MemberRepository members, JdbcTemplate jdbc) {
        this.organizations = organizations;
        this.members = members;
        this.jdbc = jdbc;
    }

    public long cell(String name) {
        return organizations.findAll().stream()
                .filter(o -> o.getName().equals(name))
                .findFirst()
                .map(PartyOrganization::requireId)
                .orElseThrow();
    }

    public long primarySchool() {
        return cell(DemoData.PRIMARY_SCHOOL);
    }

    public long secondarySchool() {
        return cell(DemoData.SECONDARY_SCHOOL);
    }

    /** The id of a cell's topic for a month, read straight from the database. */
    public long topicId(long cellId, int year, int month) {
        return jdbc.queryForObject(
                "select t.id from plan_topic t join annual_plan p on p.id = t.plan_id"
                        + " where p.cell_id = ? and p.plan_year = ? and t.target_month = ?",
                Long.class,
                cellId,
                year,
                month);
    }

    /**
     * The topic the demo member "dangvien" presents and is revising (its draft sent back for changes): the demo's
     * first change to the cell's published plan, made so that it is always the next topic, whatever the date.
     */
    public long revisedTopic(long cellId, int year) {
        // her latest topic of the year with a draft (not the plan's change log: tests add topics of their own)
        return jdbc.queryForObject(
                "select t.id from plan_topic t join annual_plan p on p.id = t.plan_id"
                        + " join member m on m.id = t.presenter_id join draft d on d.topic_id = t.id"
                        + " where p.cell_id = ? and p.plan_year = ? and m.full_name = 'Lê Thị Thu Hà'"
                        + " order by t.target_month desc fetch first 1 row only",
                Long.class,
                cellId,
                year);
    }

    /** The secondary school's one draft, waiting for the secretary's review (the demo's next topic there). */
    public long waitingTopic(long cellId) {
        return jdbc.queryForObject(
                "select topic_id from draft where cell_id = ? order by id fetch first 1 row only", Long.class, cellId);
    }

    /** The month of a topic, read straight from the database. */
    public int monthOf(long topicId) {
        return jdbc.queryForObject("select target_month from plan_topic where id = ?", Integer.class, topicId);
    }

    public long member(String fullName) {
        return members.findAll().stream()
                .filter(m -> m.getFullName().equals(fullName))
                .findFirst()
                .orElseThrow()
                .requireId();
    }
}
