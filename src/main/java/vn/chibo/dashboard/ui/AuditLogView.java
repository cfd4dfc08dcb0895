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
import java.util.List;
import vn.chibo.audit.service.AuditService;
import vn.chibo.base.text.Vietnamese;
import vn.chibo.base.ui.Formats;
import vn.chibo.base.ui.ViewToolbar;
import vn.chibo.organization.ui.CellContext;
import vn.chibo.security.domain.Role;
import vn.chibo.security.service.CurrentUser;

/** "Nhật ký thay đổi": who changed what and when — the cell's for its secretary, everything for the administrator. */
@Route("audit")
@RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
@Menu(title = "nav.audit", order = 95, icon = "vaadin:records")
public class AuditLogView extends Div implements HasDynamicTitle {

    static final int LIMIT = 500;

    private final Grid<AuditService.Entry> grid = new Grid<>();
    private List<AuditService.Entry> all;

    AuditLogView(AuditService audit, CellContext cellContext, CurrentUser currentUser) {
        addClassNames("page", "audit-log");
        var cell = cellContext.current().orElse(null);
        boolean admin = currentUser.require().role() == Role.ADMIN;
        all = admin ? audit.recentEverywhere(LIMIT) : cell == null ? List.of() : audit.recentInCell(cell.id(), LIMIT);
        add(new ViewToolbar(getTranslation("audit.title"), admin ? getTranslation("audit.everywhere")
                : cell == null ? null : cell.name()));
        TextField filter = new TextField();
        filter.setPlaceholder(getTranslation("audit.filter"));
        filter.setAriaLabel(getTranslation("audit.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> show(e.getValue()));
        grid.addClassName("wrap-cells");
        grid.addColumn(e -> Formats.dateTime(e.at())).setHeader(getTranslation("audit.col.at")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditService.Entry::actor).setHeader(getTranslation("audit.col.actor")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> label(e.action())).setHeader(getTranslation("audit.col.action")).setFlexGrow(1);
        grid.addColumn(e -> e.details() == null ? "" : e.details()).setHeader(getTranslation("audit.col.details"))
                .setFlexGrow(2);
        grid.setEmptyStateText(getTranslation("audit.none"));
        add(filter, grid);
        show("");
    }

    private void show(String text) {
        String f = Vietnamese.fold(text);
        grid.setItems(f.isEmpty() ? all : all.stream().filter(e -> Vietnamese.fold(e.actor() + " " + label(e.action()) + " "
                + (e.details() == null ? "" : e.details())).contains(f)).toList());
    }

    private String label(String action) {
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
