package vn.chibo.search.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import vn.chibo.base.ui.EnumLabels;
import vn.chibo.base.ui.ViewToolbar;
import vn.chibo.search.service.SearchHit;
import vn.chibo.search.service.SearchService;
import vn.chibo.security.domain.Role;

/** "Tìm kiếm": members, topics, drafts and minutes of the cells the user may see, typed without accents. */
@Route("search")
@RolesAllowed({Role.ADMIN_NAME, Role.COMMITTEE_NAME, Role.SECRETARY_NAME, Role.MEMBER_NAME})
@Menu(title = "nav.search", order = 4, icon = "vaadin:search")
public class SearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SearchService search;
    private final TextField query = new TextField();
    private final Div results = new Div();
    private List<SearchHit> hits = List.of();

    SearchView(SearchService search) {
        this.search = search;
        addClassNames("page", "search-view");
        add(new ViewToolbar(getTranslation("search.title"), getTranslation("search.subtitle")));
        query.setPlaceholder(getTranslation("search.placeholder"));
        query.setAriaLabel(getTranslation("search.title"));
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setClearButtonVisible(true);
        query.setWidthFull();
        query.setValueChangeMode(ValueChangeMode.LAZY);
        query.addValueChangeListener(e -> run(e.getValue()));
        results.addClassName("search-results");
        add(query, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("q").ifPresent(q -> {
            query.setValue(q);
            run(q);
        });
    }

    void run(String text) {
        results.removeAll();
        hits = search.search(text);
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(
                        null,
                        "search"
                                + (text.isBlank()
                                        ? ""
                                        : "?"
                                                + QueryParameters.simple(Map.of("q", text))
                                                        .getQueryString())));
        if (text.isBlank()) {
            return;
        }
        if (hits.isEmpty()) {
            results.add(new Paragraph(getTranslation("search.none", text)));
        }
        for (SearchHit h : hits) {
            Span kind = new Span(EnumLabels.of(h.kind()));
            kind.addClassNames("pill", "pill-contrast");
            Span context = new Span(h.context());
            context.addClassName("hit-context");
            Div row = new Div(kind, new Div(new Anchor(h.link(), h.title()), context));
            row.addClassName("search-hit");
            results.add(row);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title");
    }

    /** For tests. */
    List<SearchHit> hits() {
        return hits;
    }

    TextField query() {
        return query;
    }
}
