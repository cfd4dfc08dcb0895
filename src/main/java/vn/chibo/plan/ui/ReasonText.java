package vn.chibo.plan.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.stream.Collectors;
import vn.chibo.plan.domain.RotationEngine;

/** The rotation's reasons as sentences in the user's language. */
final class ReasonText {

    private ReasonText() {}

    static String of(Component c, List<RotationEngine.Reason> reasons) {
        return reasons.stream().map(r -> of(c, r)).collect(Collectors.joining(" "));
    }

    static String of(Component c, RotationEngine.Reason r) {
        return c.getTranslation(r.key(), r.args().toArray());
    }
}
