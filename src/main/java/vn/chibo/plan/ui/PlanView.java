package vn.chibo.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.ui.EnumLabels;
import vn.chibo.base.ui.ErrorMessages;
import vn.chibo.base.ui.Formats;
import vn.chibo.base.ui.Notifications;
import vn.chibo.base.ui.Responsive;
import vn.chibo.base.ui.ViewToolbar;
import vn.chibo.base.ui.YearNavigation;
import vn.chibo.organization.service.AccessPolicy;
import vn.chibo.organization.service.MemberService;
import vn.chibo.organization.service.OrganizationInfo;
import vn.chibo.organization.ui.CellContext;
import vn.chibo.plan.domain.PlanChange;
import vn.chibo.plan.service.PlanCompliance;
import vn.chibo.plan.service.PlanDocuments;
import vn.chibo.plan.service.PlanReports;
import vn.chibo.plan.service.PlanService;
import vn.chibo.plan.service.PlanSummary;
import vn.chibo.plan.service.RotationService;
import vn.chibo.plan.service.TopicLibraryService;
import vn.chibo.plan.service.TopicRow;
import vn.chibo.security.domain.Role;

/**
 * The annual thematic plan of the current cell: topics by month, presenters, the rules checked as it is
 * edited, approval and publication, exports. Secretaries edit; members see the published plan; the
 * committee reads.
 */
@Route("plan/:year?")
@RolesAllowed({Role.ADMIN_NAME, Role.COMMITTEE_NAME, Role.SECRETARY_NAME, Role.MEMBER_NAME})
@Menu(title = "nav.plan", order = 20, icon = "vaadin:calendar-briefcase")
public class PlanView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanService plans;
    private final PlanReports reports;
    private final RotationService rotation;
    private final TopicLibraryService library;
    private final PlanDocuments documents;
    private final MemberService members;
    private final CellContext cellContext;
    private final AccessPolicy access;
    private final Clock clock;
    private final Grid<TopicRow> grid = new Grid<>();
    private int year;
    private @Nullable OrganizationInfo cell;
    private @Nullable PlanSummary plan;
    private boolean canManage;

    PlanView(
            PlanService plans,
            PlanReports reports,
            RotationService rotation,
            TopicLibraryService library,
            PlanDocuments documents,
            MemberService members,
            CellContext cellContext,
            AccessPolicy access,
            Clock clock) {
        this.plans = plans;
        this.reports = reports;
        this.rotation = rotation;
        this.library = library;
        this.documents = documents;
        this.members = members;
        this.cellContext = cellContext;
        this.access = access;
        this.clock = clock;
        addClassNames("page", "plan-view");
        configureGrid();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        year = YearNavigation.yearOf(event, clock);
        cell = cellContext.current().orElse(null);
        canManage = cell != null && access.canManageCell(cell.id());
        render();
    }

    private void render() {
        removeAll();
        if (cell == null) {
            add(
                    new ViewToolbar(getTranslation("plan.title", year), null),
                    new Paragraph(getTranslation("home.noCell")));
            return;
        }
        plan = plans.find(cell.id(), year).orElse(null);
        ViewToolbar toolbar = new ViewToolbar(getTranslation("plan.title", year), cell.name(), yearNavigation());
        add(toolbar);
        if (plan == null) {
            add(emptyState());
            return;
        }
        toolbar.addAction(exports());
        if (canManage) {
            toolbar.addAction(managerActions());
        }
        add(statusBanner(), compliance(), topicsHeader(), grid);
        grid.setItems(plans.topics(plan.id()));
        if (plan.isPublished()) {
            add(changes());
        }
    }

    private Component yearNavigation() {
        return YearNavigation.bar(this, "plan", year);
    }

    private Component emptyState() {
        Div box = new Div();
        box.addClassNames("card", "empty-state");
        box.add(new H3(getTranslation("plan.none", year)));
        if (!canManage) {
            box.add(new Paragraph(getTranslation("plan.noneReader")));
            return box;
        }
        box.add(new Paragraph(getTranslation("plan.noneHelp")));
        Button empty = new Button(
                getTranslation("plan.createEmpty"),
                VaadinIcon.FILE_O.create(),
                e -> act("plan.done.created", () -> plans.create(cell.id(), year)));
        Button copy = new Button(
                getTranslation("plan.copyFrom", year - 1),
                VaadinIcon.COPY_O.create(),
                e -> act("plan.done.created", () -> plans.copyFrom(cell.id(), year, year - 1)));
        copy.addThemeVariants(ButtonVariant.PRIMARY);
        copy.setEnabled(plans.years(cell.id()).contains(year - 1));
        Button fromLibrary = new Button(getTranslation("plan.fromLibrary"), VaadinIcon.BOOK.create(), e -> {
            PlanSummary created = plans.create(cell.id(), year);
            new LibraryPickerDialog(library, created.id(), cell.id(), year, this::render).open();
            render();
        });
        fromLibrary.setEnabled(!library.availableTo(cell.id(), year).isEmpty());
        Div actions = new Div(copy, empty, fromLibrary);
        actions.addClassName("button-row");
        box.add(actions);
        return box;
    }

    private Component exports() {
        String base = "ke-hoach-chuyen-de-" + year;
        Anchor word = download(
                getTranslation("plan.exportWord"),
                VaadinIcon.FILE_TEXT_O,
                base + ".docx",
                PlanDocuments.DOCX,
                () -> documents.planDocx(plan.id()));
        Anchor excel = download(
                getTranslation("plan.exportExcel"),
                VaadinIcon.FILE_TABLE,
                base + ".xlsx",
                PlanDocuments.XLSX,
                () -> documents.planXlsx(plan.id()));
        Div box = new Div(word, excel);
        box.addClassName("button-row");
        return box;
    }

    private Anchor download(String label, VaadinIcon icon, String fileName, String type, Supplier<byte[]> content) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = content.get();
                    return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
                }),
                "");
        anchor.getElement().setAttribute("download", true);
        anchor.add(new Button(label, icon.create()));
        return anchor;
    }

    private Component managerActions() {
        Div box = new Div();
        box.addClassName("button-row");
        Button add = new Button(
                getTranslation("plan.addTopic"),
                VaadinIcon.PLUS.create(),
                e -> new TopicDialog(plans, rotation, members, plan, null, this::render).open());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        Button fill = new Button(
                getTranslation("plan.fillYear"),
                VaadinIcon.MAGIC.create(),
                e -> new RotationDialog(rotation, members, plan, this::render).open());
        Button settings = new Button(
                getTranslation("plan.settings"),
                VaadinIcon.COG.create(),
                e -> new PlanSettingsDialog(plans, plan, this::render).open());
        box.add(add, fill);
        if (!library.availableTo(cell.id(), year).isEmpty()) {
            box.add(new Button(
                    getTranslation("plan.fromLibrary"),
                    VaadinIcon.BOOK.create(),
                    e -> new LibraryPickerDialog(library, plan.id(), cell.id(), year, this::render).open()));
        }
        switch (plan.status()) {
            case DRAFT -> {
                Button approve = new Button(getTranslation("plan.approve"), VaadinIcon.CHECK.create(), e -> approve());
                approve.addThemeVariants(ButtonVariant.SUCCESS);
                box.add(approve);
            }
            case APPROVED -> {
                Button publish = new Button(
                        getTranslation("plan.publish"),
                        VaadinIcon.MEGAPHONE.create(),
                        e -> new PublishDialog(plans, clock, plan, this::render).open());
                publish.addThemeVariants(ButtonVariant.SUCCESS, ButtonVariant.PRIMARY);
                box.add(
                        publish,
                        new Button(
                                getTranslation("plan.reopen"),
                                VaadinIcon.ARROW_BACKWARD.create(),
                                e -> act("plan.done.reopened", () -> plans.reopen(plan.id(), plan.version()))));
            }
            case PUBLISHED -> {}
        }
        box.add(settings);
        return box;
    }

    /** Approval asks first when the plan falls short of the rules or has topics nobody presents. */
    private void approve() {
        PlanCompliance c = reports.compliance(plan.id());
        List<TopicRow> all = plans.topics(plan.id());
        long open = all.stream().filter(t -> !t.hasPresenter()).count();
        if (c.ok() && open == 0) {
            act("plan.done.approved", () -> plans.approve(plan.id(), plan.version()));
            return;
        }
        String unassigned = open == 0 ? "" : getTranslation("plan.approveUnassigned.text", open, all.size()) + " ";
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation(c.ok() ? "plan.approveUnassigned.title" : "plan.approveAnyway.title"),
                unassigned + getTranslation(c.ok() ? "plan.approveAnyway.ask" : "plan.approveAnyway.text"),
                getTranslation("plan.approve"),
                e -> act("plan.done.approved", () -> plans.approve(plan.id(), plan.version())),
                getTranslation("action.cancel"),
                e -> {});
        confirm.open();
    }

    private Component statusBanner() {
        Div banner = new Div();
        banner.addClassName("status-banner");
        Span pill = new Span(EnumLabels.of(plan.status()));
        pill.addClassNames(
                "pill",
                switch (plan.status()) {
                    case DRAFT -> "pill-contrast";
                    case APPROVED -> "pill-warning";
                    case PUBLISHED -> "pill-success";
                });
        String detail = switch (plan.status()) {
            case DRAFT -> getTranslation("plan.status.draftText");
            case APPROVED ->
                getTranslation("plan.status.approvedText", plan.approvedBy(), Formats.dateTime(plan.approvedAt()));
            case PUBLISHED ->
                getTranslation("plan.status.publishedText", plan.publishedBy(), Formats.dateTime(plan.publishedAt()))
                        + plans.number(plan.id())
                                .map(n -> " — "
                                        + getTranslation("register.numbered", n.printed(), Formats.date(n.issuedOn())))
                                .orElse("");
        };
        banner.add(pill, new Span(detail));
        return banner;
    }

    private Component compliance() {
        PlanCompliance c = reports.compliance(plan.id());
        Div box = new Div();
        box.addClassNames("card", "compliance");
        H3 title = new H3(getTranslation("plan.compliance"));
        box.add(title);
        Div quarters = new Div();
        quarters.addClassName("quarter-row");
        for (int q = 1; q <= 4; q++) {
            int n = c.thematicPerQuarter().get(q - 1);
            boolean ok = n >= c.minThematicPerQuarter();
            Div chip = new Div(
                    new Span(getTranslation("quarter." + q)),
                    new Span(
                            ok
                                    ? getTranslation("plan.compliance.topics", n)
                                    : getTranslation("plan.compliance.missingTopics", c.minThematicPerQuarter())));
            chip.addClassNames("quarter-chip", ok ? "ok" : "warn");
            quarters.add(chip);
        }
        Div months = new Div();
        months.addClassName("month-row");
        for (int m = 1; m <= 12; m++) {
            boolean ok = c.regularPerMonth().get(m - 1) > 0;
            Span chip = new Span(getTranslation("month.short", m));
            chip.addClassNames("month-chip", ok ? "ok" : "warn");
            chip.getElement()
                    .setAttribute(
                            "title",
                            ok
                                    ? getTranslation("plan.compliance.regularOk", m)
                                    : getTranslation("plan.compliance.regularMissing", m));
            months.add(chip);
        }
        Span monthsLabel = new Span(getTranslation("plan.compliance.regular"));
        monthsLabel.addClassName("section-label");
        box.add(quarters, monthsLabel, months);
        List<String> warnings = new ArrayList<>();
        c.quartersMissing()
                .forEach(q -> warnings.add(getTranslation(
                        "plan.warning.quarter", getTranslation("quarter." + q), c.minThematicPerQuarter())));
        if (!c.monthsWithoutRegularMeeting().isEmpty()) {
            warnings.add(getTranslation(
                    "plan.warning.months",
                    c.monthsWithoutRegularMeeting().stream()
                            .map(String::valueOf)
                            .collect(Collectors.joining(", "))));
        }
        if (warnings.isEmpty()) {
            Div ok = new Div(VaadinIcon.CHECK_CIRCLE.create(), new Span(getTranslation("plan.compliance.ok")));
            ok.addClassName("compliance-ok");
            box.add(ok);
        } else {
            Div warn = new Div();
            warn.addClassName("compliance-warnings");
            warnings.forEach(w -> warn.add(new Div(VaadinIcon.WARNING.create(), new Span(w))));
            box.add(warn);
        }
        return box;
    }

    private Component topicsHeader() {
        H3 h = new H3(getTranslation("plan.topics"));
        h.addClassName("section-title");
        return h;
    }

    private void configureGrid() {
        grid.addClassName("plan-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("plan.noTopics"));
        grid.addColumn(t -> getTranslation("month.long", t.month()))
                .setHeader(getTranslation("plan.col.month"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("month");
        grid.addColumn(LitRenderer.<TopicRow>of("""
                        <div class="topic-cell"><div class="topic-title">${item.title}</div>
                        <div class="topic-sub">${item.category}</div></div>""")
                        .withProperty("title", TopicRow::title)
                        .withProperty("category", t -> t.categoryName() == null ? "" : t.categoryName()))
                .setHeader(getTranslation("plan.col.topic"))
                .setFlexGrow(4)
                .setKey("topic");
        grid.addColumn(LitRenderer.<TopicRow>of("""
                        ${item.name ? html`<div class="member-name">${item.name}</div>` : html`<span class="pill pill-warning">${item.none}</span>`}
                        ${item.mentor ? html`<div class="topic-sub">${item.mentor}</div>` : ''}""")
                        .withProperty("name", t -> t.presenterName() == null ? "" : t.presenterName())
                        .withProperty("none", t -> getTranslation("plan.unassigned"))
                        .withProperty(
                                "mentor",
                                t -> t.mentorName() == null ? "" : getTranslation("plan.mentorOf", t.mentorName())))
                .setHeader(getTranslation("plan.col.presenter"))
                .setFlexGrow(2)
                .setKey("presenter");
        grid.addColumn(t -> t.inChargeName() == null ? "" : t.inChargeName())
                .setHeader(getTranslation("plan.col.inCharge"))
                .setFlexGrow(1)
                .setKey("inCharge");
        grid.addComponentColumn(this::rowActions)
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("actions");
        grid.addItemClickListener(e -> {
            if (!canManage) {
                new TopicDetailsDialog(e.getItem()).open();
            }
        });
        Responsive.onWidth(grid, width -> grid.getColumnByKey("inCharge").setVisible(width > Responsive.PHONE));
    }

    private Component rowActions(TopicRow t) {
        Div box = new Div();
        box.addClassName("row-actions");
        if (!canManage) {
            return box;
        }
        Button edit = new Button(
                VaadinIcon.EDIT.create(), e -> new TopicDialog(plans, rotation, members, plan, t, this::render).open());
        edit.setAriaLabel(getTranslation("action.edit"));
        edit.setTooltipText(getTranslation("action.edit"));
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(t));
        delete.setAriaLabel(getTranslation("action.delete"));
        delete.setTooltipText(getTranslation("action.delete"));
        delete.addThemeVariants(ButtonVariant.ERROR);
        for (Button b : List.of(edit, delete)) {
            b.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        }
        box.add(edit, delete);
        return box;
    }

    private void confirmDelete(TopicRow t) {
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("plan.deleteTitle"),
                getTranslation("plan.deleteText", t.title()),
                getTranslation("action.delete"),
                e -> act("plan.done.topicDeleted", () -> {
                    plans.deleteTopic(t.id(), t.version());
                    return null;
                }),
                getTranslation("action.cancel"),
                e -> {});
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private Component changes() {
        List<PlanChange> list = plans.changes(plan.id());
        Div box = new Div();
        box.addClassNames("card", "plan-changes");
        box.add(new H3(getTranslation("plan.changes")));
        if (list.isEmpty()) {
            box.add(new Paragraph(getTranslation("plan.noChanges")));
        }
        for (PlanChange c : list) {
            Div row = new Div(
                    new Span(Formats.dateTime(c.getChangedAt())),
                    new Span(c.getChangedBy()),
                    new Span(c.description().render(this::getTranslation)));
            row.addClassName("change-row");
            box.add(row);
        }
        return box;
    }

    /** Runs a plan action; says what was done, or why not. */
    private void act(String doneKey, Supplier<?> action) {
        try {
            action.get();
            Notifications.success(getTranslation(doneKey));
        } catch (BusinessException e) {
            Notifications.error(ErrorMessages.of(e));
        }
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.title", year);
    }

    /** For tests: the plan on screen. */
    @Nullable
    PlanSummary plan() {
        return plan;
    }
}
