package vn.chibo.minutes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import vn.chibo.base.ui.EnumLabels;
import vn.chibo.base.ui.Formats;
import vn.chibo.base.ui.ViewToolbar;
import vn.chibo.base.ui.YearNavigation;
import vn.chibo.minutes.domain.CommendationKind;
import vn.chibo.minutes.service.CommendationRow;
import vn.chibo.minutes.service.CommendationService;
import vn.chibo.minutes.service.MinutesLinks;
import vn.chibo.organization.service.AccessPolicy;
import vn.chibo.organization.ui.CellContext;
import vn.chibo.register.service.IssuedNumber;
import vn.chibo.security.domain.Role;

/** The cell's roll of honour for a year: everyone praised or proposed for an award, and why. */
@Route("honours/:year?")
@RolesAllowed({Role.ADMIN_NAME, Role.COMMITTEE_NAME, Role.SECRETARY_NAME, Role.MEMBER_NAME})
@Menu(title = "nav.honours", order = 35, icon = "vaadin:star-o")
public class HonourRollView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CommendationService commendations;
    private final CellContext cellContext;
    private final Predicate<Long> canManage;
    private final Clock clock;
    private int year;
    private List<CommendationRow> rows = List.of();
    /** The papers issued so far, by commendation. */
    private final Map<Long, IssuedNumber> numbers = new HashMap<>();

    HonourRollView(CommendationService commendations, CellContext cellContext, Clock clock, AccessPolicy access) {
        this.canManage = access::canManageCell;
        this.commendations = commendations;
        this.cellContext = cellContext;
        this.clock = clock;
        addClassNames("page", "honours");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        year = YearNavigation.yearOf(event, clock);
        removeAll();
        numbers.clear();
        Component nav = YearNavigation.bar(this, "honours", year);
        var cell = cellContext.current().orElse(null);
        ViewToolbar toolbar =
                new ViewToolbar(getTranslation("honours.title", year), cell == null ? null : cell.name(), nav);
        add(toolbar);
        if (cell != null) {
            Anchor excel = new Anchor(MinutesLinks.commendations(cell.id(), year), getTranslation("honours.excel"));
            excel.getElement().setAttribute("download", true);
            excel.addClassName("download-link");
            toolbar.addAction(excel);
            if (canManage.test(cell.id())) {
                Anchor evals =
                        new Anchor(MinutesLinks.presentations(cell.id(), year), getTranslation("fairness.excel"));
                evals.getElement().setAttribute("download", true);
                evals.addClassName("download-link");
                toolbar.addAction(evals);
            }
        }
        if (cell == null) {
            add(new Paragraph(getTranslation("home.noCell")));
            return;
        }
        rows = commendations.rollOfHonour(cell.id(), year);
        if (rows.isEmpty()) {
            add(new Paragraph(getTranslation("honours.none", year)));
            return;
        }
        long praised =
                rows.stream().filter(r -> r.kind() == CommendationKind.PRAISE).count();
        add(new Paragraph(getTranslation("honours.summary", praised, rows.size() - praised)));
        Grid<CommendationRow> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> Formats.date(r.awardedOn()))
                .setHeader(getTranslation("honours.date"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(CommendationRow::memberName)
                .setHeader(getTranslation("member.fullName"))
                .setFlexGrow(2);
        grid.addComponentColumn(r -> {
                    Span s = new Span(EnumLabels.of(r.kind()));
                    s.addClassNames("pill", r.kind() == CommendationKind.PROPOSAL ? "pill-warning" : "pill-success");
                    return s;
                })
                .setHeader(getTranslation("commendation.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(CommendationRow::reason)
                .setHeader(getTranslation("commendation.reason"))
                .setFlexGrow(4);
        numbers.putAll(commendations.numbers(
                cell.id(), rows.stream().map(CommendationRow::id).toList()));
        boolean secretary = canManage.test(cell.id());
        grid.addComponentColumn(r -> paper(r, secretary, grid))
                .setHeader(getTranslation("honours.paper"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addClassName("wrap-cells");
        grid.setItems(rows);
        add(grid);
    }

    /**
     * An issued paper: its number and day, and the file. Not yet issued: the secretary issues it, choosing its day
     * (a member waits for that).
     */
    private Component paper(CommendationRow r, boolean secretary, Grid<CommendationRow> grid) {
        IssuedNumber number = numbers.get(r.id());
        if (number != null) {
            Anchor a = new Anchor(MinutesLinks.certificate(r.id()), getTranslation("honours.certificate"));
            a.getElement().setAttribute("download", true);
            Span issued =
                    new Span(getTranslation("register.numbered", number.printed(), Formats.date(number.issuedOn())));
            issued.addClassName("paper-number");
            Div box = new Div(issued, a);
            box.addClassName("paper-cell");
            return box;
        }
        if (!secretary) {
            Span waiting = new Span(getTranslation("honours.notIssued"));
            waiting.addClassName("muted");
            return waiting;
        }
        Button issue = new Button(getTranslation("honours.issue"), e -> issueDialog(r, grid));
        issue.addThemeVariants(ButtonVariant.SMALL);
        return issue;
    }

    private void issueDialog(CommendationRow r, Grid<CommendationRow> grid) {
        new IssuePaperDialog(commendations, clock, r, n -> {
                    numbers.put(r.id(), n);
                    grid.getDataProvider().refreshItem(r);
                })
                .open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("honours.title", year);
    }

    /** For tests. */
    List<CommendationRow> rows() {
        return rows;
    }
}
