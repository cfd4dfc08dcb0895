package vn.chibo.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.domain.Exemption;
import vn.chibo.organization.domain.Member;
import vn.chibo.organization.service.MemberService;
import vn.chibo.organization.service.OrganizationInfo;
import vn.chibo.organization.service.OrganizationService;
import vn.chibo.security.domain.Role;
import vn.chibo.security.domain.UserAccountRepository;
import vn.chibo.security.service.AccountService;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.Demo;
import vn.chibo.support.TestTime;

/**
 * The organisation feature's form records at work: a broken constraint is said in Vietnamese at its field, and the
 * dialog saves nothing and stays open.
 */
@ChiboSpringTest
@Transactional
class OrganizationFormsTest extends SpringBrowserlessTest {

    @Autowired
    OrganizationService organizations;

    @Autowired
    AccountService accounts;

    @Autowired
    UserAccountRepository accountRows;

    @Autowired
    MemberService members;

    @Autowired
    Clock clock;

    @Autowired
    Demo demo;

    @Test
    @WithUserDetails("danguy")
    void aNewOrganisationNeedsAName() {
        OrganizationInfo commune = organizations.administeredTree().getFirst();
        int before = organizations.administeredTree().size();
        NewOrganizationDialog dialog = new NewOrganizationDialog(organizations, commune, () -> {});
        dialog.open();
        TextField name = $(TextField.class, dialog).withCaption("Tên tổ chức").single();

        dialog.save();

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Vui lòng nhập tên tổ chức.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(organizations.administeredTree()).hasSize(before);
    }

    @Test
    @WithUserDetails("danguy")
    void aRenameNeedsTheDayTheNewNameIsInForceFrom() {
        OrganizationInfo cell = organizations.get(demo.primarySchool());
        OrganizationEditDialog dialog = new OrganizationEditDialog(organizations, clock, cell, () -> {});
        dialog.open();
        test($(TextField.class, dialog).withCaption("Tên tổ chức").single()).setValue("Chi bộ Trường Tiểu học mới");
        DatePicker from = $(DatePicker.class, dialog).single();
        from.clear();

        dialog.save();

        assertThat(from.isInvalid()).isTrue();
        assertThat(from.getErrorMessage()).isEqualTo("Vui lòng chọn ngày tên mới có hiệu lực.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(organizations.get(cell.id()).name()).isEqualTo(cell.name());
        assertThat(organizations.nameHistory(cell.id())).isEmpty();
    }

    @Test
    @WithUserDetails("danguy")
    void anAccountNeedsAValidUserNameAndACellRoleItsCell() {
        List<OrganizationInfo> tree = organizations.administeredTree();
        long before = accountRows.count();
        CreateAccountDialog dialog = new CreateAccountDialog(
                accounts,
                new AccountAssignment(members, tree, List.of(Role.MEMBER, Role.SECRETARY, Role.COMMITTEE), null),
                created -> {});
        dialog.open();
        TextField username =
                $(TextField.class, dialog).withCaption("Tên đăng nhập").single();
        test(username).setValue("ngọc anh");
        @SuppressWarnings("unchecked")
        ComboBox<OrganizationInfo> organization =
                $(ComboBox.class, dialog).withCaption("Tổ chức").single();

        dialog.save();

        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage())
                .isEqualTo("Tên đăng nhập chỉ gồm chữ thường không dấu, số, dấu chấm, gạch; 3–64 ký tự.");
        assertThat(organization.isInvalid()).isTrue();
        assertThat(organization.getErrorMessage()).isEqualTo("Vai trò này cần chọn tổ chức.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(accountRows.count()).isEqualTo(before);
        assertThat(accountRows.findByUsernameIgnoreCase("ngọc anh")).isEmpty();
    }

    @Test
    @WithUserDetails("bithu")
    void leavingTheCellNeedsAReason() {
        Member hoan = members.get(demo.member("Phạm Thị Hoàn"));
        MarkLeftDialog dialog = new MarkLeftDialog(members, clock, hoan, () -> {});
        dialog.open();
        TextField reason = $(TextField.class, dialog).withCaption("Lý do").single();

        dialog.save();

        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Vui lòng nhập lý do.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(members.get(hoan.requireId()).isActive()).isTrue();
    }

    @Test
    @WithUserDetails("bithu")
    void anExemptionEndsOnADay() {
        long hoan = members.summaries(demo.primarySchool()).stream()
                .map(m -> m.id())
                .filter(id -> members.exemptions(id).isEmpty())
                .findFirst()
                .orElseThrow();
        Exemption open = members.addExemption(hoan, "Điều trị dài ngày", TestTime.today(), null);
        EndExemptionDialog dialog = new EndExemptionDialog(members, clock, hoan, open, () -> {});
        dialog.open();
        DatePicker last = $(DatePicker.class, dialog).single();
        last.clear();

        dialog.save();

        assertThat(last.isInvalid()).isTrue();
        assertThat(last.getErrorMessage()).isEqualTo("Vui lòng chọn ngày cuối được miễn.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(members.exemptions(hoan))
                .filteredOn(e -> e.requireId() == open.requireId())
                .extracting(Exemption::getToDate)
                .containsOnlyNulls();
    }
}
