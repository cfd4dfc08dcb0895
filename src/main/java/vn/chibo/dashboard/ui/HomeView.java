package vn.chibo.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;
import vn.chibo.base.ui.ViewToolbar;
import vn.chibo.organization.service.MemberService;
import vn.chibo.organization.service.OrganizationInfo;
import vn.chibo.organization.service.OrganizationService;
import vn.chibo.organization.ui.CellContext;
import vn.chibo.organization.ui.MembersView;

/** The first page after log-in: the cell at a glance. */
@Route("")
@PermitAll
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
public class HomeView extends Div implements HasDynamicTitle {

    HomeView(CellContext cellContext, MemberService members, OrganizationService organizations) {
        addClassName("page");
        OrganizationInfo cell = cellContext.current().orElse(null);
        if (cell == null) {
            add(new ViewToolbar(getTranslation("home.title"), null), new Paragraph(getTranslation("home.noCell")));
            return;
        }
        List<OrganizationInfo> chain = organizations.ancestry(cell.id());
        String parents = chain.stream().filter(o -> o.id() != cell.id()).map(OrganizationInfo::name)
                .collect(Collectors.joining(" › "));
        add(new ViewToolbar(cell.name(), parents));

        MemberService.CellCounts counts = members.counts(cell.id());
        Div stats = new Div(
                stat(VaadinIcon.USERS, String.valueOf(counts.active()), getTranslation("home.stat.active")),
                stat(VaadinIcon.CHECK_CIRCLE, String.valueOf(counts.full()), getTranslation("home.stat.full")),
                stat(VaadinIcon.HOURGLASS, String.valueOf(counts.probationary()), getTranslation("home.stat.probationary")),
                stat(VaadinIcon.PAUSE, String.valueOf(counts.exempted()), getTranslation("home.stat.exempted")));
        stats.addClassName("stat-grid");
        add(stats);

        Div links = new Div();
        links.addClassName("quick-links");
        RouterLink toMembers = new RouterLink(getTranslation("home.link.members"), MembersView.class);
        links.add(toMembers);
        add(links);
    }

    private static Component stat(VaadinIcon icon, String value, String label) {
        Div card = new Div();
        card.addClassName("stat-card");
        var i = icon.create();
        i.addClassName("stat-icon");
        Span number = new Span(value);
        number.addClassName("stat-value");
        Span caption = new Span(label);
        caption.addClassName("stat-label");
        card.add(i, number, caption);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
