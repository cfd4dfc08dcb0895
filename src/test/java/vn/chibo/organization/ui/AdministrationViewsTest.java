package vn.chibo.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.domain.Member;
import vn.chibo.organization.service.OrganizationInfo;
import vn.chibo.security.domain.Role;
import vn.chibo.security.domain.UserAccountRepository;
import vn.chibo.security.service.AccountInfo;
import vn.chibo.support.ChiboSpringTest;

/** The committee administers its own subtree: new cells and their accounts; secretaries cannot get in. */
@ChiboSpringTest
@Transactional
class AdministrationViewsTest extends SpringBrowserlessTest {

    @Autowired
    UserAccountRepository accounts;

    @Test
    @WithUserDetails("danguy")
    void committeeSeesOnlyItsSubtreeAndAddsACell() {
        navigate(OrganizationsView.class);
        @SuppressWarnings("unchecked")
        TreeGrid<OrganizationInfo> tree = $(TreeGrid.class).single();
        var roots = tree.getTreeData().getRootItems();
        assertThat(roots).extracting(OrganizationInfo::name).containsExactly("Đảng bộ xã Ngọc Sơn");
        assertThat(tree.getTreeData().getChildren(roots.getFirst())).hasSize(4);

        var actions = test(tree).getCellComponent(0, 4);
        test($(Button.class, actions).withAriaLabel("Thêm tổ chức trực thuộc").single())
                .click();
        Dialog dialog = $(Dialog.class).last();
        test($(TextField.class, dialog).withCaption("Tên tổ chức").single()).setValue("Chi bộ Trạm Y tế xã Ngọc Sơn");
        test($(Button.class, dialog).withText("Lưu").single()).click();

        @SuppressWarnings("unchecked")
        TreeGrid<OrganizationInfo> refreshed = $(TreeGrid.class).single();
        var commune = refreshed.getTreeData().getRootItems().getFirst();
        assertThat(refreshed.getTreeData().getChildren(commune))
                .extracting(OrganizationInfo::name)
                .contains("Chi bộ Trạm Y tế xã Ngọc Sơn");
    }

    @Test
    @WithUserDetails("danguy")
    void committeeCreatesAnAccountWithAOneTimePassword() {
        navigate(AccountsView.class);
        @SuppressWarnings("unchecked")
        Grid<AccountInfo> grid = $(Grid.class).single();
        int before = test(grid).size();
        assertThat(before)
                .as("its cells' and its own accounts, no administrator, no other commune")
                .isEqualTo(7);

        test($(Button.class).withText("Tạo tài khoản").single()).click();
        Dialog dialog = $(Dialog.class).last();
        test($(TextField.class, dialog).withCaption("Tên đăng nhập").single()).setValue("ngoc.anh");
        @SuppressWarnings("unchecked")
        Select<Role> role = $(Select.class, dialog).single();
        test(role).selectItem("Đảng viên");
        @SuppressWarnings("unchecked")
        ComboBox<OrganizationInfo> org =
                $(ComboBox.class, dialog).withCaption("Tổ chức").single();
        test(org).selectItem("Chi bộ Trường Tiểu học Ngọc Sơn");
        @SuppressWarnings("unchecked")
        ComboBox<Member> member =
                $(ComboBox.class, dialog).withCaption("Là đảng viên").single();
        test(member).selectItem("Hoàng Thị Ngọc Ánh");
        test($(Button.class, dialog).withText("Lưu").single()).click();

        String shown =
                $(Span.class).withClassName("temporary-password").single().getText();
        var account = accounts.findByUsernameIgnoreCase("ngoc.anh").orElseThrow();
        assertThat(account.isMustChangePassword()).isTrue();
        assertThat(account.getDisplayName()).isEqualTo("Hoàng Thị Ngọc Ánh");
        assertThat(account.getPasswordHash()).doesNotContain(shown);
        assertThat(new BCryptPasswordEncoder()
                        .matches(shown, account.getPasswordHash().substring("{bcrypt}".length())))
                .isTrue();
        assertThat(test(grid).size()).isEqualTo(before + 1);
    }

    @Test
    @WithUserDetails("bithu")
    void aSecretaryCannotOpenTheAdministrationPages() {
        // the router hides pages the role may not open: the user lands on the "not found" page
        assertThatThrownBy(() -> navigate(OrganizationsView.class)).hasMessageContaining("NotFoundView instead of");
        assertThatThrownBy(() -> navigate(AccountsView.class)).hasMessageContaining("NotFoundView instead of");
    }
}
