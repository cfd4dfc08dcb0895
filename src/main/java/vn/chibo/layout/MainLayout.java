package vn.chibo.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import vn.chibo.base.i18n.Translations;
import vn.chibo.notification.service.NotificationService;
import vn.chibo.notification.ui.NotificationBell;
import vn.chibo.organization.service.OrganizationInfo;
import vn.chibo.organization.ui.CellContext;
import vn.chibo.security.service.AccountService;
import vn.chibo.security.service.AppUser;
import vn.chibo.security.service.CurrentUser;
import vn.chibo.security.ui.ChangePasswordView;
import vn.chibo.security.ui.LanguageInitializer;

/**
 * The frame around every page: side navigation (only the pages the user may open), the cell being looked
 * at (a switcher for committee members), and the user menu (profile, password, language, log out).
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver, BeforeEnterObserver {

    private static final String PASSWORD_CHECKED = "chibo.password.checked";

    private final CellContext cellContext;
    private final AccountService accounts;
    private final AuthenticationContext authentication;
    private final H1 viewTitle = new H1();
    private final Div cellBox = new Div();

    MainLayout(
            CellContext cellContext,
            AccountService accounts,
            CurrentUser currentUser,
            AuthenticationContext authentication,
            NotificationService notifications) {
        this.cellContext = cellContext;
        this.accounts = accounts;
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.menu"));
        viewTitle.addClassName("view-title");
        Div spacer = new Div();
        spacer.addClassName("navbar-spacer");
        AppUser user = currentUser.require();
        addToNavbar(true, toggle, viewTitle, spacer, new NotificationBell(notifications), userMenu(user));

        addToDrawer(brand(), cellBox, new Scroller(navigation()), footer());
        refreshCell();
    }

    private Component brand() {
        Div brand = new Div();
        brand.addClassName("drawer-brand");
        Icon star = VaadinIcon.STAR.create();
        star.addClassName("brand-star");
        Div text = new Div(new Span(getTranslation("app.name")));
        text.addClassName("brand-name");
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("brand-tagline");
        text.add(tagline);
        brand.add(star, text);
        return brand;
    }

    private void refreshCell() {
        cellBox.removeAll();
        cellBox.addClassName("drawer-cell");
        List<OrganizationInfo> choices = cellContext.choices();
        OrganizationInfo current = cellContext.current().orElse(null);
        if (choices.size() > 1) {
            ComboBox<OrganizationInfo> switcher = new ComboBox<>(getTranslation("nav.cell"));
            switcher.setItems(choices);
            switcher.setItemLabelGenerator(OrganizationInfo::name);
            switcher.setValue(current);
            switcher.setWidthFull();
            switcher.addValueChangeListener(e -> {
                if (e.isFromClient()
                        && e.getValue() != null
                        && cellContext.select(e.getValue().id())) {
                    UI.getCurrent().getPage().reload();
                }
            });
            cellBox.add(switcher);
        } else {
            Span label = new Span(getTranslation("nav.cell"));
            label.addClassName("drawer-cell-label");
            Span name = new Span(current == null ? getTranslation("nav.noCell") : current.name());
            name.addClassName("drawer-cell-name");
            cellBox.add(label, name);
        }
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addClassName("main-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            String title = getTranslation(entry.title());
            SideNavItem item = entry.icon() == null
                    ? new SideNavItem(title, entry.path())
                    : new SideNavItem(title, entry.path(), new Icon(entry.icon()));
            nav.addItem(item);
        }
        return nav;
    }

    private Component footer() {
        Div footer = new Div(new Span(getTranslation("app.footer")));
        footer.addClassName("drawer-footer");
        return footer;
    }

    private Component userMenu(AppUser user) {
        MenuBar bar = new MenuBar();
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        bar.addClassName("user-menu");
        // the overflow button's label for screen readers is English unless given
        bar.setI18n(new MenuBar.MenuBarI18n().setMoreOptions(getTranslation("nav.moreOptions")));
        Avatar avatar = new Avatar(user.displayName());
        avatar.addClassName("user-avatar");
        Span name = new Span(user.displayName());
        name.addClassName("user-name");
        Div root = new Div(avatar, name);
        root.addClassName("user-menu-root");
        MenuItem item = bar.addItem(root);
        item.setAriaLabel(getTranslation("nav.userMenu"));
        SubMenu sub = item.getSubMenu();
        sub.addItem(
                withIcon(VaadinIcon.USER, getTranslation("nav.profile")),
                e -> UI.getCurrent().navigate("profile"));
        sub.addItem(
                withIcon(VaadinIcon.KEY, getTranslation("nav.password")),
                e -> UI.getCurrent().navigate(ChangePasswordView.class));
        MenuItem language = sub.addItem(withIcon(VaadinIcon.GLOBE, getTranslation("nav.language")));
        language.getSubMenu().addItem("Tiếng Việt", e -> switchLanguage(Translations.VIETNAMESE));
        language.getSubMenu().addItem("English", e -> switchLanguage(Translations.ENGLISH));
        sub.addSeparator();
        sub.addItem(withIcon(VaadinIcon.SIGN_OUT, getTranslation("nav.logout")), e -> authentication.logout());
        return bar;
    }

    private static Component withIcon(VaadinIcon icon, String text) {
        Div div = new Div(icon.create(), new Span(text));
        div.addClassName("menu-item-with-icon");
        return div;
    }

    private void switchLanguage(Locale locale) {
        LanguageInitializer.switchTo(accounts, locale);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // a reset or bootstrap password must be replaced before anything else is done
        VaadinSession session = VaadinSession.getCurrent();
        if (session.getAttribute(PASSWORD_CHECKED) != null || event.getNavigationTarget() == ChangePasswordView.class) {
            return;
        }
        if (accounts.mustChangePassword()) {
            event.forwardTo(ChangePasswordView.class);
        } else {
            session.setAttribute(PASSWORD_CHECKED, Boolean.TRUE);
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(currentTitle());
    }

    private String currentTitle() {
        Component content = getContent();
        if (content instanceof HasDynamicTitle dynamic) {
            return dynamic.getPageTitle();
        }
        PageTitle title = content == null ? null : content.getClass().getAnnotation(PageTitle.class);
        return title == null ? "" : title.value();
    }
}
