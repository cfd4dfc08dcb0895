package vn.chibo.minutes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.ui.ErrorMessages;
import vn.chibo.base.ui.Formats;
import vn.chibo.base.ui.Notifications;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.minutes.service.EvaluationRow;
import vn.chibo.minutes.service.EvaluationService;
import vn.chibo.minutes.service.MeetingSheet;

/** The chair's evaluation of the presenter: seen only by the presenter, the chair and the secretaries. */
class EvaluationCard extends Div {

    private EvaluationRow row;

    EvaluationCard(EvaluationService evaluations, MeetingSheet sheet, EvaluationRow initial) {
        this.row = initial;
        addClassNames("card", "evaluation");
        add(new H3(getTranslation("evaluation.title", initial.presenterName())));
        Span privacy = new Span(getTranslation("evaluation.privacy"));
        privacy.addClassName("help");
        add(privacy);
        TextArea strengths = new TextArea(getTranslation("evaluation.strengths"));
        strengths.setValue(initial.strengths() == null ? "" : initial.strengths());
        TextArea shortcomings = new TextArea(getTranslation("evaluation.shortcomings"));
        shortcomings.setValue(initial.shortcomings() == null ? "" : initial.shortcomings());
        for (TextArea a : new TextArea[] {strengths, shortcomings}) {
            a.setWidthFull();
            a.setMaxLength(4000);
        }
        Select<String> rating = new Select<>();
        rating.setLabel(getTranslation("evaluation.rating"));
        rating.setItems(evaluations.scale());
        rating.setEmptySelectionAllowed(true);
        rating.setItemLabelGenerator(s -> s == null ? "" : s);
        rating.setValue(initial.rating());
        add(strengths, shortcomings);
        // the secretary's private note, never in the minutes; shown only when the cell keeps one
        rating.setVisible(evaluations.privateRating() && sheet.canManage());
        rating.setHelperText(getTranslation("evaluation.ratingPrivate"));
        add(rating);
        MeetingStatus status = sheet.meeting().status();
        boolean editable = sheet.canManage() && (status == MeetingStatus.IN_PROGRESS || status == MeetingStatus.HELD);
        strengths.setReadOnly(!editable);
        shortcomings.setReadOnly(!editable);
        rating.setReadOnly(!editable);
        Span by = new Span(
                initial.evaluatedBy() == null
                        ? ""
                        : getTranslation(
                                "evaluation.by", initial.evaluatedBy(), Formats.dateTime(initial.evaluatedAt())));
        by.addClassName("help");
        add(by);
        if (editable) {
            add(new Button(getTranslation("evaluation.save"), e -> {
                try {
                    row = evaluations.evaluate(
                            sheet.meeting().id(),
                            row.version(),
                            strengths.getValue(),
                            shortcomings.getValue(),
                            rating.isVisible() ? rating.getValue() : null);
                    by.setText(getTranslation("evaluation.by", row.evaluatedBy(), Formats.dateTime(row.evaluatedAt())));
                    Notifications.success(getTranslation("evaluation.saved"));
                } catch (BusinessException ex) {
                    Notifications.error(ErrorMessages.of(ex));
                }
            }));
        }
    }
}
