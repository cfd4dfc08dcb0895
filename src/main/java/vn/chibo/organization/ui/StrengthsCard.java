package vn.chibo.organization.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import vn.chibo.organization.domain.Member;

/** What the member is good at, as tags (the rotation suggests presenters by them). */
class StrengthsCard extends DetailCard {

    StrengthsCard(Member m) {
        super("member.strengths");
        Div tags = new Div();
        tags.addClassName("tag-list");
        if (m.getStrengths().isEmpty()) {
            tags.add(new Span(getTranslation("member.noStrengths")));
        }
        m.getStrengths().forEach(s -> {
            Span tag = new Span(s);
            tag.addClassName("tag");
            tags.add(tag);
        });
        add(tags);
    }
}
