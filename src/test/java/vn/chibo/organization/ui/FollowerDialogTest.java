package vn.chibo.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.treegrid.TreeGrid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.service.FollowerService;
import vn.chibo.organization.service.OrganizationInfo;
import vn.chibo.security.service.AccountInfo;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;

/** The committee names, from the party tree, which of its members follows a cell and receives its notices. */
@ChiboSpringTest
@Transactional
class FollowerDialogTest extends SpringBrowserlessTest {

    @Autowired
    FollowerService followers;

    @Autowired
    Demo demo;

    @Autowired
    DemoUsers users;

    @Test
    @WithUserDetails("danguy")
    void theCommitteeSeesAndChangesWhoFollowsACell() {
        navigate(OrganizationsView.class);
        @SuppressWarnings("unchecked")
        TreeGrid<OrganizationInfo> tree = $(TreeGrid.class).single();
        var commune = tree.getTreeData().getRootItems().getFirst();
        int row = 1
                + tree.getTreeData().getChildren(commune).stream()
                        .map(OrganizationInfo::id)
                        .toList()
                        .indexOf(demo.primarySchool());
        var actions = test(tree).getCellComponent(row, 4);
        test($(Button.class, actions).withAriaLabel("Cấp ủy theo dõi").single()).click();

        Dialog dialog = $(Dialog.class).last();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Đồng chí cấp ủy theo dõi Chi bộ Trường Tiểu học Ngọc Sơn");
        @SuppressWarnings("unchecked")
        ComboBox<AccountInfo> account = $(ComboBox.class, dialog).single();
        assertThat(account.getValue().displayName())
                .as("the demo's committee member follows its cells")
                .isEqualTo("Nguyễn Văn Thắng");
        account.clear(); // the clear button
        test($(Button.class, dialog).withText("Lưu").single()).click();

        users.login("danguy");
        assertThat(followers.follower(demo.primarySchool())).isEmpty();
        users.logout();
        assertThat($(Button.class, test(($(TreeGrid.class).single())).getCellComponent(0, 4))
                        .withAriaLabel("Cấp ủy theo dõi")
                        .all())
                .as("a đảng bộ has no follower: only cells do")
                .isEmpty();
    }
}
