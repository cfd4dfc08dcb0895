package vn.chibo.draft.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.ui.EnumLabels;
import vn.chibo.base.ui.Formats;
import vn.chibo.base.ui.ViewToolbar;
import vn.chibo.base.ui.YearNavigation;
import vn.chibo.draft.domain.DraftStatus;
import vn.chibo.draft.service.BoardRow;
import vn.chibo.draft.service.DraftService;
import vn.chibo.organization.service.OrganizationInfo;
import vn.chibo.organization.ui.CellContext;
import vn.chibo.security.domain.Role;

/**
 * "Dự thảo chuyên đề": every topic of the year with its draft's state and deadline — the secretary sees who
 * is late at a glance; members find the drafts to read and comment on.
 */
@Route("drafts/:year?")
@RolesAllowed({Role.ADMIN_NAME, Role.COMMITTEE_NAME, Role.SECRETARY_NAME, Role.MEMBER_NAME})
@Menu(title = "nav.drafts", order = 22, icon = "vaadin:file-text-o")
public class DraftBoardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DraftService drafts;
    private final CellContext cellContext;
    private final Clock clock;
    private final Grid<BoardRow> grid = new Grid<>();
    private int year;
    private List<BoardRow> rows = List.of();

    DraftBoardView(DraftService drafts, CellContext cellContext, Clock clock) {
        this.drafts = drafts;
        this.cellContext = cellContext;
        this.clock = clock;
        addClassNames("page", "draft-board");
        configureGrid();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        year = YearNavigation.yearOf(event, clock);
        render(cellContext.current().orElse(null));
    }

    private void render(@Nullable OrganizationInfo cell) {
        removeAll();
        Component nav = YearNavigation.bar(this, "drafts", year);
        add(new ViewToolbar(getTranslation("drafts.title", year), cell == null ? null : cell.name(), nav));
        if (cell == null) {
            add(new Paragraph(getTranslation("home.noCell")));
            return;
        }
        rows = drafts.board(cell.id(), year);
        if (rows.isEmpty()) {
            add(new Paragraph(getTranslation("drafts.noPlan", year)));
            return;
        }
        add(summary(), grid);
        grid.setItems(rows);
    }

    private Component summary() {
        Div box = new Div();
        box.addClassName("draft-summary");
        for (DraftStatus s : DraftStatus.values()) {
            long n = rows.stream().filter(r -> r.status() == s).count();
            if (n > 0) {
                Span chip = DraftStatusPill.of(s);
                chip.setText(EnumLabels.of(s) + ": " + n);
                box.add(chip);
            }
        }
        List<String> late = rows.stream()
                .filter(BoardRow::late)
                .map(r -> r.presenterName() == null ? r.title() : r.presenterName())
                .toList();
        if (!late.isEmpty()) {
            Span warn = new Span(getTranslation("drafts.lateList", String.join(", ", late)));
            warn.addClassNames("pill", "pill-error");
            box.add(warn);
        }
        return box;
    }

    private void configureGrid() {
        grid.addClassName("draft-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> getTranslation("month.long", r.month()))
                .setHeader(getTranslation("plan.col.month"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(BoardRow::title)
                .setHeader(getTranslation("plan.col.topic"))
                .setFlexGrow(4);
        grid.addColumn(r -> r.presenterName() == null ? getTranslation("plan.unassigned") : r.presenterName())
                .setHeader(getTranslation("plan.col.presenter"))
                .setFlexGrow(2);
        grid.addComponentColumn(r -> {
                    Span due = new Span(Formats.date(r.dueDate()));
                    if (r.late()) {
                        due.setText(getTranslation("drafts.lateSince", Formats.date(r.dueDate())));
                        due.addClassNames("pill", "pill-error");
                    }
                    return due;
                })
                .setHeader(getTranslation("drafts.col.due"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(r -> DraftStatusPill.of(r.status()))
                .setHeader(getTranslation("drafts.col.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.latestNumber() == 0 ? "" : "v" + r.latestNumber())
                .setHeader(getTranslation("drafts.col.version"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.openComments() == 0 ? "" : String.valueOf(r.openComments()))
                .setHeader(getTranslation("drafts.col.openComments"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setPartNameGenerator(r -> r.late() ? "late" : null);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                DraftView.class,
                new RouteParameters("topicId", String.valueOf(e.getItem().topicId())))));
        grid.setEmptyStateText(getTranslation("plan.noTopics"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("drafts.title", year);
    }

    /** For tests: the rows shown. */
    List<BoardRow> rows() {
        return rows;
    }
}
