package vn.chibo.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The body of an error page: an icon, a title, a sentence and the way back home. */
public final class ErrorPage extends Div {

    public ErrorPage(VaadinIcon icon, String title, String text, String homeLabel) {
        addClassName("error-page");
        var symbol = icon.create();
        symbol.addClassName("error-page-icon");
        add(symbol, new H2(title), new Paragraph(text), new Anchor("", homeLabel));
    }
}
