package vn.chibo.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** A fact shown as "label: value" (the stylesheet's field-row), with a dash when there is no value. */
public final class FieldRow {

    private FieldRow() {}

    public static Div of(String label, @Nullable String value) {
        Span l = new Span(label);
        l.addClassName("field-label");
        Span v = new Span(value == null || value.isBlank() ? "—" : value);
        v.addClassName("field-value");
        Div row = new Div(l, v);
        row.addClassName("field-row");
        return row;
    }
}
