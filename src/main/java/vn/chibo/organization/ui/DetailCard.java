package vn.chibo.organization.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** A card of the member's page: a title over its content, facts as label–value rows. */
class DetailCard extends Div {

    DetailCard(String titleKey) {
        addClassName("card");
        add(new H3(getTranslation(titleKey)));
    }

    Component row(String labelKey, @Nullable String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("field-label");
        Span text = new Span(value == null || value.isBlank() ? "—" : value);
        text.addClassName("field-value");
        Div row = new Div(label, text);
        row.addClassName("field-row");
        return row;
    }
}
