package vn.chibo.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.demo.DemoData;
import vn.chibo.organization.domain.Member;
import vn.chibo.organization.service.MemberData;
import vn.chibo.organization.service.MemberFilter;
import vn.chibo.organization.service.MemberService;
import vn.chibo.organization.service.OrganizationInfo;
import vn.chibo.organization.service.OrganizationService;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.TestTime;

/** A member never sees another cell's data, whatever id is asked for; a secretary manages only their cell. */
@ChiboSpringTest
@Transactional
class MemberAccessTest {

    @Autowired
    MemberService members;

    @Autowired
    OrganizationService organizations;

    @Autowired
    DemoUsers users;

    @AfterEach
    void logout() {
        users.logout();
    }

    private long cell(String name) {
        return users.as(
                "admin",
                () -> organizations.readableCells().stream()
                        .filter(c -> c.name().equals(name))
                        .findFirst()
                        .map(OrganizationInfo::id)
                        .orElseThrow());
    }

    private long anyMemberOf(long cellId) {
        return users.as("admin", () -> members.activeMembers(cellId).getFirst().requireId());
    }

    @Test
    void memberReadsOwnCellOnly() {
        long primary = cell(DemoData.PRIMARY_SCHOOL);
        long secondary = cell(DemoData.SECONDARY_SCHOOL);
        long foreignMember = anyMemberOf(secondary);
        users.login("dangvien");

        assertThat(members.count(primary, MemberFilter.activeOnly())).isEqualTo(15);
        assertThatThrownBy(() -> members.count(secondary, MemberFilter.activeOnly()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> members.get(foreignMember)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> members.get(999_999L))
                .as("an unknown id is refused like a foreign one")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(organizations.readableCells())
                .extracting(OrganizationInfo::id)
                .containsExactly(primary);
    }

    @Test
    void memberCannotChangeAnything() {
        long primary = cell(DemoData.PRIMARY_SCHOOL);
        long someone = anyMemberOf(primary);
        users.login("dangvien");
        MemberData data = new MemberData();
        data.setFullName("Người Lạ");

        assertThatThrownBy(() -> members.create(primary, data)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> members.addExemption(someone, "x", TestTime.today(), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void secretaryManagesOwnCellButNotAnother() {
        long primary = cell(DemoData.PRIMARY_SCHOOL);
        long secondary = cell(DemoData.SECONDARY_SCHOOL);
        users.login("bithu");
        MemberData data = new MemberData();
        data.setFullName("Nguyễn Văn Mới");
        data.setBirthDate(LocalDate.of(1990, 1, 1));

        long id = members.create(primary, data);
        assertThat(members.get(id).getFullName()).isEqualTo("Nguyễn Văn Mới");
        assertThat(members.count(primary, MemberFilter.activeOnly())).isEqualTo(16);
        assertThatThrownBy(() -> members.create(secondary, data)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void committeeReadsItsCellsButNotAnotherCommitteesAndChangesNothing() {
        long primary = cell(DemoData.PRIMARY_SCHOOL);
        long foreign = cell("Chi bộ thôn Hoàng Mai");
        users.login("danguy");

        assertThat(members.count(primary, MemberFilter.activeOnly())).isEqualTo(15);
        assertThat(organizations.readableCells())
                .extracting(OrganizationInfo::name)
                .contains(DemoData.PRIMARY_SCHOOL, DemoData.SECONDARY_SCHOOL)
                .doesNotContain("Chi bộ thôn Hoàng Mai");
        assertThatThrownBy(() -> members.count(foreign, MemberFilter.activeOnly()))
                .isInstanceOf(AccessDeniedException.class);
        MemberData data = new MemberData();
        data.setFullName("Người Lạ");
        assertThatThrownBy(() -> members.create(primary, data)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anonymousCallersAreRefused() {
        long primary = cell(DemoData.PRIMARY_SCHOOL);
        assertThatThrownBy(() -> members.count(primary, MemberFilter.activeOnly()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void searchIgnoresAccents() {
        long primary = cell(DemoData.PRIMARY_SCHOOL);
        users.login("dangvien");
        var found = members.find(primary, new MemberFilter("hoan", null, null, true), 0, 50, Sort.unsorted());
        assertThat(found)
                .extracting(Member::getFullName)
                .contains("Phạm Thị Hoàn")
                .doesNotContain("Nguyễn Văn Hùng");
        assertThat(members.find(primary, new MemberFilter("thi hoan", null, null, true), 0, 50, Sort.unsorted()))
                .extracting(Member::getFullName)
                .containsExactly("Phạm Thị Hoàn");
        assertThat(members.find(primary, new MemberFilter("NGUYEN", null, null, true), 0, 50, Sort.unsorted()))
                .hasSizeGreaterThanOrEqualTo(3);
    }
}
