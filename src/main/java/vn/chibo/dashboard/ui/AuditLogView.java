package vn.chibo.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.chibo.audit.service.AuditService;
import vn.chibo.base.text.Vietnamese;
import vn.chibo.base.ui.Formats;
import vn.chibo.base.ui.ViewToolbar;
import vn.chibo.organization.ui.CellContext;
import vn.chibo.security.domain.Role;
import vn.chibo.security.service.AccountService;
import vn.chibo.security.service.CurrentUser;

/** "Nhật ký thay đổi": who changed what and when — the cell's for its secretary, everything for the administrator. */
@Route("audit")
@RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
@Menu(title = "nav.audit", order = 95, icon = "vaadin:records")
public class AuditLogView extends Div implements HasDynamicTitle {

    static final int LIMIT = 500;

    private final Grid<AuditService.Entry> grid = new Grid<>();
    private List<AuditService.Entry> all;
    /** Display names by log-in name: people are shown as they are known, not by their log-in. */
    private final Map<String, String> people;

    AuditLogView(AuditService audit, AccountService accounts, CellContext cellContext, CurrentUser currentUser) {
        addClassNames("page", "audit-log");
        var cell = cellContext.current().orElse(null);
        boolean admin = currentUser.require().role() == Role.ADMIN;
        all = admin ? audit.recentEverywhere(LIMIT) : cell == null ? List.of() : audit.recentInCell(cell.id(), LIMIT);
        Set<String> names = new HashSet<>();
        for (AuditService.Entry e : all) {
            names.add(e.actor());
            String account = AuditDetails.accountNamed(e.action(), e.details());
            if (account != null) {
                names.add(account);
            }
        }
        people = accounts.displayNames(names);
        add(new ViewToolbar(
                getTranslation("audit.title"),
                admin ? getTranslation("audit.everywhere") : cell == null ? null : cell.name()));
        TextField filter = new TextField();
        filter.setPlaceholder(getTranslation("audit.filter"));
        filter.setAriaLabel(getTranslation("audit.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> show(e.getValue()));
        grid.addClassName("wrap-cells");
        grid.addColumn(e -> Formats.dateTime(e.at()))
                .setHeader(getTranslation("audit.col.at"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::actor)
                .setHeader(getTranslation("audit.col.actor"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> label(e.action()))
                .setHeader(getTranslation("audit.col.action"))
                .setFlexGrow(1);
        grid.addColumn(this::details)
                .setHeader(getTranslation("audit.col.details"))
                .setFlexGrow(2);
        grid.setEmptyStateText(getTranslation("audit.none"));
        add(filter, grid);
        show("");
    }

    private void show(String text) {
        String f = Vietnamese.fold(text);
        grid.setItems(
                f.isEmpty()
                        ? all
                        : all.stream()
                                .filter(e -> Vietnamese.fold(
                                                actor(e) + " " + e.actor() + " " + label(e.action()) + " " + details(e))
                                        .contains(f))
                                .toList());
    }

    String actor(AuditService.Entry e) {
        return "system".equals(e.actor())
                ? getTranslation("audit.actor.system")
                : people.getOrDefault(e.actor(), e.actor());
    }

    String details(AuditService.Entry e) {
        return AuditDetails.render(e.action(), e.details(), key -> getTranslation(key), people);
    }

    String label(String action) {
        String key = "audit.action." + action;
        String t = getTranslation(key);
        return t.startsWith("!") ? action : t;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }

    /** For tests. */
    List<AuditService.Entry> entries() {
        return all;
    }
}
