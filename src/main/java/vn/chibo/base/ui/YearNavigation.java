package vn.chibo.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** The year of a page whose route ends in {@code /:year?}, and the ‹ 2026 › control that moves between years. */
public final class YearNavigation {

    private YearNavigation() {}

    /**
     * The year in the route (2000–2100), or this year when the route has none. A year that cannot be one
     * ({@code plan/1999}, {@code plan/abc}) is the not-found page: showing this year instead would pass off another
     * year's page as the one asked for.
     */
    public static int yearOf(BeforeEnterEvent event, Clock clock) {
        return event.getRouteParameters()
                .get("year")
                .map(YearNavigation::requireYear)
                .orElseGet(() -> LocalDate.now(clock).getYear());
    }

    /** A year typed into an address, or the router's "not found" (shown as the not-found page, 404). */
    public static int requireYear(String text) {
        return parse(text).orElseThrow(NotFoundException::new);
    }

    /** Buttons to the previous and next year of {@code route} (e.g. "plan"), around the year shown. */
    public static Component bar(Component owner, String route, int year) {
        Button previous =
                new Button(VaadinIcon.ANGLE_LEFT.create(), e -> UI.getCurrent().navigate(route + "/" + (year - 1)));
        previous.setAriaLabel(owner.getTranslation("plan.previousYear"));
        Button next =
                new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> UI.getCurrent().navigate(route + "/" + (year + 1)));
        next.setAriaLabel(owner.getTranslation("plan.nextYear"));
        Span label = new Span(String.valueOf(year));
        label.addClassName("year-label");
        Div nav = new Div(previous, label, next);
        nav.addClassName("year-nav");
        return nav;
    }

    private static Optional<Integer> parse(String text) {
        if (!text.matches("[0-9]{4}")) {
            return Optional.empty();
        }
        try {
            int y = Integer.parseInt(text);
            return y >= 2000 && y <= 2100 ? Optional.of(y) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
