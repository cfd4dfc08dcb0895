package vn.chibo.organization.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.text.Vietnamese;
import vn.chibo.base.ui.EnumLabels;
import vn.chibo.base.ui.Formats;
import vn.chibo.base.ui.Responsive;
import vn.chibo.base.ui.ViewToolbar;
import vn.chibo.organization.domain.Member;
import vn.chibo.organization.domain.MemberStatus;
import vn.chibo.organization.domain.Position;
import vn.chibo.organization.service.AccessPolicy;
import vn.chibo.organization.service.MemberFilter;
import vn.chibo.organization.service.MemberImportService;
import vn.chibo.organization.service.MemberService;
import vn.chibo.organization.service.OrganizationInfo;
import vn.chibo.security.domain.Role;

/**
 * The members of the current cell: searchable (accents optional), filtered, lazily loaded. The secretary
 * adds, imports and edits; everyone who can read the cell can export the list.
 */
@Route("members")
@RolesAllowed({Role.ADMIN_NAME, Role.COMMITTEE_NAME, Role.SECRETARY_NAME, Role.MEMBER_NAME})
@Menu(title = "nav.members", order = 10, icon = "vaadin:users")
public class MembersView extends Div implements HasDynamicTitle {

    private static final String ACTIVE = "active";
    private static final String LEFT = "left";
    private static final String ALL = "all";

    private final MemberService members;
    private final Clock clock;
    private final Grid<Member> grid = new Grid<>(Member.class, false);
    private final TextField search = new TextField();
    private final Select<MemberStatus> status = new Select<>();
    private final Select<Position> position = new Select<>();
    private final Select<String> activity = new Select<>();
    private @Nullable OrganizationInfo cell;
    private Set<Long> exempted = Set.of();

    MembersView(
            CellContext cellContext,
            MemberService members,
            MemberImportService imports,
            AccessPolicy access,
            Clock clock) {
        this.clock = clock;
        this.members = members;
        addClassName("page");
        addClassName("members-view");
        cell = cellContext.current().orElse(null);
        if (cell == null) {
            add(new ViewToolbar(getTranslation("members.title"), null), new Paragraph(getTranslation("home.noCell")));
            return;
        }
        long cellId = cell.id();
        boolean canManage = access.canManageCell(cellId);

        ViewToolbar toolbar = new ViewToolbar(getTranslation("members.title"), cell.name());
        if (canManage) {
            Button add = new Button(
                    getTranslation("members.add"),
                    VaadinIcon.PLUS.create(),
                    e -> new MemberFormDialog(members, clock, cellId, null, saved -> refresh()).open());
            add.addThemeVariants(ButtonVariant.PRIMARY);
            Button importButton = new Button(
                    getTranslation("members.import"),
                    VaadinIcon.UPLOAD.create(),
                    e -> new ImportMembersDialog(imports, cellId, this::refresh).open());
            toolbar.addAction(add, importButton);
        }
        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] xlsx = imports.exportXlsx(cellId);
                    return new DownloadResponse(
                            new ByteArrayInputStream(xlsx),
                            fileName(cell.name()),
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            xlsx.length);
                }),
                "");
        Button exportButton = new Button(getTranslation("members.export"), VaadinIcon.DOWNLOAD.create());
        export.add(exportButton);
        export.getElement().setAttribute("download", true);
        toolbar.addAction(export);
        add(toolbar, filters(), configureGrid(cellId));
        refresh();
    }

    private Component filters() {
        search.setPlaceholder(getTranslation("members.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(100);
        search.setAriaLabel(getTranslation("members.search"));
        search.addValueChangeListener(e -> refresh());

        status.setLabel(getTranslation("members.filter.status"));
        status.setItems(MemberStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("filter.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("filter.any") : EnumLabels.of(s));
        status.addValueChangeListener(e -> refresh());

        position.setLabel(getTranslation("members.filter.position"));
        position.setItems(Position.values());
        position.setEmptySelectionAllowed(true);
        position.setEmptySelectionCaption(getTranslation("filter.any"));
        position.setItemLabelGenerator(p -> p == null ? getTranslation("filter.any") : EnumLabels.of(p));
        position.addValueChangeListener(e -> refresh());

        activity.setLabel(getTranslation("members.filter.activity"));
        activity.setItems(ACTIVE, LEFT, ALL);
        activity.setItemLabelGenerator(a -> getTranslation("members.activity." + a));
        activity.setValue(ACTIVE);
        activity.addValueChangeListener(e -> refresh());

        Div bar = new Div(search, status, position, activity);
        bar.addClassName("filter-bar");
        return bar;
    }

    private Component configureGrid(long cellId) {
        grid.addClassName("members-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("members.empty"));
        grid.addColumn(LitRenderer.<Member>of("""
                        <div class="member-cell">
                          <vaadin-avatar name="${item.name}" abbr="${item.abbr}" class="member-avatar"></vaadin-avatar>
                          <div><div class="member-name">${item.name}</div><div class="member-sub">${item.sub}</div></div>
                        </div>""")
                        .withProperty("name", Member::getFullName)
                        .withProperty("abbr", m -> initials(m.getFullName()))
                        .withProperty("sub", this::subtitle))
                .setHeader(getTranslation("member.fullName"))
                .setSortProperty("sortName")
                .setFlexGrow(3)
                .setAutoWidth(true)
                .setKey("name");
        grid.addColumn(m -> EnumLabels.of(m.getGender()))
                .setHeader(getTranslation("member.gender"))
                .setAutoWidth(true)
                .setKey("gender");
        grid.addColumn(m -> Formats.date(m.getBirthDate()))
                .setHeader(getTranslation("member.birthDate"))
                .setSortProperty("birthDate")
                .setAutoWidth(true)
                .setKey("birthDate");
        grid.addColumn(LitRenderer.<Member>of("<span class=\"pill ${item.kind}\">${item.label}</span>")
                        .withProperty(
                                "kind", m -> m.getStatus() == MemberStatus.DU_BI ? "pill-warning" : "pill-success")
                        .withProperty("label", m -> EnumLabels.of(m.getStatus())))
                .setHeader(getTranslation("member.status"))
                .setSortProperty("status")
                .setAutoWidth(true)
                .setKey("status");
        grid.addColumn(m -> m.getOccupation() == null ? "" : m.getOccupation())
                .setHeader(getTranslation("member.occupation"))
                .setFlexGrow(2)
                .setKey("occupation")
                .setTooltipGenerator(m -> m.getOccupation() == null ? "" : m.getOccupation());
        grid.addColumn(LitRenderer.<Member>of(
                                "<div class=\"tag-cell\">${item.tags.map(t => html`<span class=\"tag\">${t}</span>`)}</div>")
                        .withProperty("tags", Member::getStrengths))
                .setHeader(getTranslation("member.strengths"))
                .setFlexGrow(3)
                .setKey("strengths");
        grid.addColumn(LitRenderer.<Member>of(
                                "${item.exempt ? html`<span class=\"pill pill-contrast\">${item.label}</span>` : ''}")
                        .withProperty("exempt", m -> exempted.contains(m.getId()))
                        .withProperty("label", m -> getTranslation("members.exempted")))
                .setHeader(getTranslation("members.exemptedColumn"))
                .setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.CENTER)
                .setKey("exempt");
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(MemberDetailView.class, e.getItem().getId())));
        grid.setItems(
                query -> members
                        .find(
                                cellId,
                                currentFilter(),
                                query.getOffset(),
                                query.getLimit(),
                                VaadinSpringDataHelpers.toSpringDataSort(query))
                        .stream(),
                query -> (int) members.count(cellId, currentFilter()));
        Responsive.onWidth(this, width -> {
            boolean wide = width > Responsive.PHONE;
            List.of("gender", "birthDate", "occupation", "strengths")
                    .forEach(k -> grid.getColumnByKey(k).setVisible(wide));
        });
        return grid;
    }

    private String subtitle(Member m) {
        String pos = m.getPosition() == Position.DANG_VIEN ? "" : EnumLabels.of(m.getPosition());
        String left = m.isActive() ? "" : getTranslation("members.leftOn", Formats.date(m.getLeftOn()));
        return String.join(
                " · ",
                Stream.of(pos, left, m.getPhone() == null ? "" : m.getPhone())
                        .filter(s -> !s.isBlank())
                        .toList());
    }

    private MemberFilter currentFilter() {
        Boolean active = switch (activity.getValue() == null ? ACTIVE : activity.getValue()) {
            case LEFT -> Boolean.FALSE;
            case ALL -> null;
            default -> Boolean.TRUE;
        };
        String text = search.getValue();
        return new MemberFilter(
                text == null || text.isBlank() ? null : text, status.getValue(), position.getValue(), active);
    }

    void refresh() {
        if (cell != null) {
            exempted = members.exemptedToday(cell.id());
            grid.getDataProvider().refreshAll();
        }
    }

    static String initials(String fullName) {
        String[] words = fullName.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return "";
        }
        String last = words[words.length - 1];
        return (words.length > 1 ? words[0].substring(0, 1) : "") + last.substring(0, 1);
    }

    private static String fileName(String cellName) {
        return "danh-sach-dang-vien-" + Vietnamese.fold(cellName).replaceAll("[^a-z0-9]+", "-") + ".xlsx";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("members.title");
    }
}
