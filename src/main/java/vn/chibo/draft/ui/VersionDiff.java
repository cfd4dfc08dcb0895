package vn.chibo.draft.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import vn.chibo.draft.service.DraftDiff;

/** What changed between two versions, line by line, with the words added and removed marked inside each line. */
class VersionDiff extends Div {

    VersionDiff(List<DraftDiff.Line> lines) {
        addClassName("diff");
        for (DraftDiff.Line line : lines) {
            Div row = new Div();
            row.addClassNames("diff-line", "diff-" + line.change().name().toLowerCase(Locale.ROOT));
            for (DraftDiff.Piece p : line.pieces()) {
                Span s = new Span(p.text());
                if (p.change() == DraftDiff.Change.ADDED) {
                    s.addClassName("ins");
                } else if (p.change() == DraftDiff.Change.REMOVED) {
                    s.addClassName("del");
                }
                row.add(s);
            }
            add(row);
        }
    }
}
