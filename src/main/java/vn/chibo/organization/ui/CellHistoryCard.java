package vn.chibo.organization.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import vn.chibo.base.ui.Formats;
import vn.chibo.organization.service.MemberService.CellPeriod;

/** The cells the member belonged to, and when. */
class CellHistoryCard extends DetailCard {

    CellHistoryCard(List<CellPeriod> periods) {
        super("member.history");
        Div list = new Div();
        list.addClassName("history-list");
        for (CellPeriod p : periods) {
            Div item = new Div(
                    new Span(p.cellName()),
                    new Span(Formats.date(p.from()) + " – "
                            + (p.to() == null ? getTranslation("member.history.now") : Formats.date(p.to()))));
            item.addClassName("history-item");
            if (p.note() != null) {
                item.add(new Span(p.note()));
            }
            list.add(item);
        }
        add(list);
    }
}
