package vn.chibo.layout;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.jspecify.annotations.Nullable;

/**
 * The frame of the error pages. Logged in, the {@link MainLayout} with its navigation, so that a mistyped address
 * is not a dead end; logged out (a calendar feed's or a file's bad address), the bare page, since the main layout
 * needs a user. Vaadin gives error views only an explicit {@code @ParentLayout}, never the automatic
 * {@code @Layout}, hence this one choosing at run time.
 */
@AnonymousAllowed
public final class ErrorLayout extends Div implements RouterLayout {

    private final @Nullable MainLayout main;

    ErrorLayout(AuthenticationContext authentication) {
        addClassName("error-layout");
        setSizeFull();
        main = authentication.isAuthenticated()
                ? Instantiator.get(UI.getCurrent()).getOrCreate(MainLayout.class)
                : null;
        if (main != null) {
            add(main);
        }
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        if (main != null) {
            main.showRouterLayoutContent(content);
        } else {
            RouterLayout.super.showRouterLayoutContent(content);
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        if (main != null) {
            main.removeRouterLayoutContent(oldContent);
        } else {
            RouterLayout.super.removeRouterLayoutContent(oldContent);
        }
    }
}
