package vn.chibo.organization.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.ui.EnumLabels;
import vn.chibo.base.ui.FormDialog;
import vn.chibo.organization.domain.Member;
import vn.chibo.organization.service.MemberService;
import vn.chibo.organization.service.OrganizationInfo;
import vn.chibo.security.domain.Role;
import vn.chibo.security.service.AccountInfo;

/**
 * An account's role, organisation and (for cell roles) the member it is, kept consistent with each other: a cell
 * role offers cells, the committee's role đảng bộ, the administrator none.
 */
class AccountAssignment extends Composite<Div> {

    final Select<Role> role = new Select<>();
    final ComboBox<OrganizationInfo> organization = new ComboBox<>(getTranslation("account.organization"));
    final ComboBox<Member> member = new ComboBox<>(getTranslation("account.member"));
    private final MemberService members;
    private final List<OrganizationInfo> tree;

    AccountAssignment(
            MemberService members, List<OrganizationInfo> tree, List<Role> assignable, @Nullable AccountInfo existing) {
        this.members = members;
        this.tree = tree;
        role.setLabel(getTranslation("account.role"));
        role.setItems(assignable);
        role.setItemLabelGenerator(EnumLabels::of);
        role.setWidthFull();
        organization.setItemLabelGenerator(OrganizationInfo::name);
        organization.setWidthFull();
        member.setItemLabelGenerator(Member::getFullName);
        member.setWidthFull();
        member.setHelperText(getTranslation("account.memberHelp"));
        role.addValueChangeListener(e -> onRole(e.getValue()));
        organization.addValueChangeListener(e -> onOrganization(e.getValue()));
        Role initial = existing == null ? Role.MEMBER : existing.role();
        role.setValue(initial);
        onRole(initial);
        if (existing != null && existing.organizationId() != null) {
            tree.stream()
                    .filter(o -> o.id() == existing.organizationId())
                    .findFirst()
                    .ifPresent(organization::setValue);
            if (existing.memberId() != null) {
                member.getListDataView()
                        .getItems()
                        .filter(m -> existing.memberId().equals(m.getId()))
                        .findFirst()
                        .ifPresent(member::setValue);
            }
        }
        getContent().add(role, organization, member);
    }

    /** Every role but the administrator's works in an organisation: said at the field before anything is saved. */
    void rulesIn(FormDialog dialog) {
        dialog.rule(
                organization,
                o -> role.getValue() == Role.ADMIN || o != null,
                getTranslation("account.organizationRequired"));
    }

    private void onRole(@Nullable Role r) {
        boolean cellRole = r != null && r.isCellBound();
        organization.setVisible(r != Role.ADMIN);
        organization.setItems(tree.stream().filter(o -> cellRole == o.isCell()).toList());
        organization.clear();
        member.setVisible(cellRole);
        member.clear();
    }

    private void onOrganization(@Nullable OrganizationInfo org) {
        member.clear();
        member.setItems(org != null && org.isCell() ? members.activeMembers(org.id()) : List.of());
    }

    @Nullable
    Long organizationId() {
        return role.getValue() == Role.ADMIN || organization.getValue() == null
                ? null
                : organization.getValue().id();
    }

    @Nullable
    Long memberId() {
        return member.isVisible() && member.getValue() != null
                ? member.getValue().getId()
                : null;
    }
}
