package vn.chibo.organization.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.ui.EnumLabels;
import vn.chibo.base.ui.ErrorMessages;
import vn.chibo.base.ui.Formats;
import vn.chibo.base.ui.Notifications;
import vn.chibo.base.ui.PlainDialog;
import vn.chibo.base.ui.ViewToolbar;
import vn.chibo.organization.service.MemberService;
import vn.chibo.organization.service.OrganizationInfo;
import vn.chibo.organization.service.OrganizationService;
import vn.chibo.security.domain.Role;
import vn.chibo.security.service.AccountInfo;
import vn.chibo.security.service.AccountService;
import vn.chibo.security.service.AppUser;
import vn.chibo.security.service.CurrentUser;

/**
 * Accounts and roles of the organisations the user administers: create (with a one-time password), change
 * role, reset the password, disable. Committees never see or create system administrators.
 */
@Route("accounts")
@RolesAllowed({Role.ADMIN_NAME, Role.COMMITTEE_NAME})
@Menu(title = "nav.accounts", order = 90, icon = "vaadin:key")
public class AccountsView extends Div implements HasDynamicTitle {

    private final AccountService accounts;
    private final MemberService members;
    private final AppUser user;
    private final Grid<AccountInfo> grid = new Grid<>();
    private final List<OrganizationInfo> tree;
    private final Map<Long, OrganizationInfo> orgById;

    AccountsView(
            AccountService accounts,
            OrganizationService organizations,
            MemberService members,
            CurrentUser currentUser) {
        this.accounts = accounts;
        this.members = members;
        this.user = currentUser.require();
        this.tree = organizations.administeredTree();
        this.orgById = tree.stream().collect(Collectors.toMap(OrganizationInfo::id, Function.identity()));
        addClassName("page");

        Button create = new Button(
                getTranslation("account.create"),
                VaadinIcon.PLUS.create(),
                e -> new CreateAccountDialog(accounts, assignment(null), created -> {
                            showPassword(created.username(), created.temporaryPassword());
                            refresh();
                        })
                        .open());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        add(new ViewToolbar(getTranslation("account.title"), getTranslation("account.subtitle"), create));

        grid.addColumn(LitRenderer.<AccountInfo>of(
                                "<div class=\"account-cell\"><strong>${item.username}</strong><span>${item.name}</span></div>")
                        .withProperty("username", AccountInfo::username)
                        .withProperty("name", AccountInfo::displayName))
                .setHeader(getTranslation("account.username"))
                .setFlexGrow(2);
        grid.addColumn(a -> EnumLabels.of(a.role()))
                .setHeader(getTranslation("account.role"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.organizationId() == null ? "—" : orgName(a.organizationId()))
                .setHeader(getTranslation("account.organization"))
                .setFlexGrow(2);
        grid.addColumn(LitRenderer.<AccountInfo>of("<span class=\"pill ${item.kind}\">${item.label}</span>")
                        .withProperty("kind", a -> !a.enabled() || a.locked() ? "pill-error" : "pill-success")
                        .withProperty("label", this::state))
                .setHeader(getTranslation("account.state"))
                .setAutoWidth(true);
        grid.addColumn(a -> Formats.dateTime(a.lastLoginAt()))
                .setHeader(getTranslation("account.lastLogin"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("org.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setHeight("70vh");
        add(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(user.is(Role.ADMIN) ? accounts.listAll() : accounts.listFor(orgById.keySet()));
    }

    private String orgName(long id) {
        OrganizationInfo org = orgById.get(id);
        return org == null ? "#" + id : org.name();
    }

    private String state(AccountInfo a) {
        if (!a.enabled()) {
            return getTranslation("account.state.disabled");
        }
        if (a.locked()) {
            return getTranslation("account.state.locked");
        }
        return getTranslation(a.mustChangePassword() ? "account.state.mustChange" : "account.state.active");
    }

    private Component actions(AccountInfo a) {
        Div box = new Div();
        box.addClassName("row-actions");
        Button reset = new Button(VaadinIcon.KEY.create(), e -> {
            String temporary = accounts.resetPassword(a.id());
            showPassword(a.username(), temporary);
            refresh();
        });
        reset.setTooltipText(getTranslation("account.reset"));
        reset.setAriaLabel(getTranslation("account.reset"));
        Button role = new Button(
                VaadinIcon.USER_CHECK.create(),
                e -> new ChangeRoleDialog(accounts, a, assignment(a), this::refresh).open());
        role.setTooltipText(getTranslation("account.changeRole"));
        role.setAriaLabel(getTranslation("account.changeRole"));
        Button toggle = new Button(a.enabled() ? VaadinIcon.BAN.create() : VaadinIcon.CHECK.create(), e -> {
            try {
                accounts.setEnabled(a.id(), !a.enabled());
                refresh();
            } catch (BusinessException ex) {
                Notifications.error(ErrorMessages.of(ex));
            }
        });
        String toggleText = getTranslation(a.enabled() ? "account.disable" : "account.enable");
        toggle.setTooltipText(toggleText);
        toggle.setAriaLabel(toggleText);
        for (Button b : List.of(reset, role, toggle)) {
            b.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        }
        box.add(reset, role, toggle);
        return box;
    }

    private List<Role> assignableRoles() {
        return Arrays.stream(Role.values())
                .filter(r -> user.is(Role.ADMIN) || r != Role.ADMIN)
                .toList();
    }

    /** Role, organisation and member for a new account ({@code null}) or an existing one. */
    private AccountAssignment assignment(@Nullable AccountInfo existing) {
        return new AccountAssignment(members, tree, assignableRoles(), existing);
    }

    private void showPassword(String username, String temporary) {
        PlainDialog dialog = new PlainDialog(getTranslation("account.temporaryTitle"));
        Paragraph text = new Paragraph(getTranslation("account.temporaryText", username));
        Span password = new Span(temporary);
        password.addClassName("temporary-password");
        dialog.add(text, password);
        dialog.closeButton().addThemeVariants(ButtonVariant.PRIMARY);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title");
    }
}
