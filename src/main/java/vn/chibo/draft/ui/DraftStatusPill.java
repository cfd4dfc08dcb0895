package vn.chibo.draft.ui;

import com.vaadin.flow.component.html.Span;
import vn.chibo.base.ui.EnumLabels;
import vn.chibo.draft.domain.DraftStatus;

/** A draft's state as a coloured label. */
final class DraftStatusPill {

    private DraftStatusPill() {}

    static Span of(DraftStatus status) {
        Span pill = new Span(EnumLabels.of(status));
        pill.addClassNames(
                "pill",
                switch (status) {
                    case NOT_STARTED -> "pill-contrast";
                    case WRITING, CHANGES_REQUESTED -> "pill-warning";
                    case SUBMITTED -> "pill-info";
                    case APPROVED, PRESENTED -> "pill-success";
                });
        return pill;
    }
}
