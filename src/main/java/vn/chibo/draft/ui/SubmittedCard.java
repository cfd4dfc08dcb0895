package vn.chibo.draft.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/** Submitted and not edited since: no working copy to show, only the way to start the next version. */
class SubmittedCard extends Div {

    SubmittedCard(int latestNumber, Runnable editAgain) {
        addClassNames("card", "draft-writer", "draft-submitted");
        add(new H3(getTranslation("drafts.submittedTitle", latestNumber)));
        add(new Paragraph(getTranslation("drafts.submittedHelp", latestNumber + 1)));
        add(new Button(getTranslation("drafts.editAgain"), VaadinIcon.EDIT.create(), e -> editAgain.run()));
    }
}
