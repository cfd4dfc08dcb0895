package vn.chibo.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import org.jspecify.annotations.Nullable;

/** The top of a view: its title (and a subtitle), and its actions, wrapping onto a second line on phones. */
public final class ViewToolbar extends Composite<FlexLayout> {

    private final FlexLayout actions = new FlexLayout();

    public ViewToolbar(String title, @Nullable String subtitle, Component... actionComponents) {
        FlexLayout root = getContent();
        root.addClassName("view-toolbar");
        Div heading = new Div();
        heading.addClassName("view-toolbar-heading");
        H2 h2 = new H2(title);
        heading.add(h2);
        if (subtitle != null && !subtitle.isBlank()) {
            Span sub = new Span(subtitle);
            sub.addClassName("view-toolbar-subtitle");
            heading.add(sub);
        }
        actions.addClassName("view-toolbar-actions");
        actions.add(actionComponents);
        root.add(heading, actions);
    }

    public void addAction(Component... components) {
        actions.add(components);
    }
}
