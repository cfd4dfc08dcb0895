package vn.chibo.plan.ui;

import com.vaadin.flow.component.html.Div;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.ui.FieldRow;
import vn.chibo.base.ui.PlainDialog;
import vn.chibo.plan.service.TopicRow;

/** A topic, read-only: what members and the committee see when they open one. */
class TopicDetailsDialog extends PlainDialog {

    TopicDetailsDialog(TopicRow t) {
        super(t.title());
        setWidth("40rem");
        setMaxWidth("100%");
        add(
                row("topic.month", getTranslation("month.long", t.month())),
                row("topic.category", t.categoryName()),
                row("topic.presenter", t.presenterName()),
                row("topic.mentor", t.mentorName()),
                row("topic.inCharge", t.inChargeName()),
                row("topic.goals", t.goals()),
                row("topic.materials", t.materials()),
                row("topic.notes", t.notes()));
    }

    private Div row(String key, @Nullable String value) {
        return FieldRow.of(getTranslation(key), value);
    }
}
