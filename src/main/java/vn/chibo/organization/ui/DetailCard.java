package vn.chibo.organization.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.ui.FieldRow;

/** A card of the member's page: a title over its content, facts as label–value rows. */
class DetailCard extends Div {

    DetailCard(String titleKey) {
        addClassName("card");
        add(new H3(getTranslation(titleKey)));
    }

    Component row(String labelKey, @Nullable String value) {
        return FieldRow.of(getTranslation(labelKey), value);
    }
}
