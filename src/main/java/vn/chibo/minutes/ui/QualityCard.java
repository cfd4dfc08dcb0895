package vn.chibo.minutes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import vn.chibo.base.ui.EnumLabels;
import vn.chibo.minutes.service.MeetingSheet;
import vn.chibo.minutes.service.MinutesService;
import vn.chibo.minutes.service.QualityService;
import vn.chibo.minutes.service.QualitySheet;

/**
 * The meeting's quality score sheet: each criterion with its points, what the product pre-scored and why, the
 * total and the level. The secretary scores it until the minutes are locked; everyone else reads it.
 */
class QualityCard extends Div {

    /** One criterion being edited. */
    private record Line(QualitySheet.Row row, IntegerField points, TextField note) {}

    private final List<Line> lines = new ArrayList<>();
    private final Span result = new Span();

    QualityCard(
            MeetingView view,
            QualityService quality,
            MinutesService minutes,
            MeetingSheet meeting,
            MinutesCard minutesCard) {
        QualitySheet sheet = quality.sheet(meeting.meeting().id());
        addClassNames("card", "quality");
        add(new H3(getTranslation("quality.title")));
        Span help = new Span(getTranslation(
                sheet.editable() ? "quality.help" : sheet.locked() ? "quality.frozen" : "quality.readOnly"));
        help.addClassName("help");
        add(help);
        for (QualitySheet.Row row : sheet.rows()) {
            add(line(row, sheet.editable()));
        }
        result.addClassName("quality-result");
        result.setText(resultText(sheet));
        add(result);
        if (sheet.scored()) {
            minutesCard.showQuality(getTranslation("quality.short", EnumLabels.of(sheet.level()), sheet.total()));
        }
        if (sheet.editable()) {
            Button save = new Button(
                    getTranslation("quality.save"),
                    e -> view.act(
                            () -> {
                                // what was typed into the minutes goes first: the sheet's level changes the record they
                                // are saved to
                                minutesCard.saveNow();
                                quality.save(
                                        meeting.meeting().id(),
                                        lines.stream()
                                                .map(l -> new QualitySheet.Edit(
                                                        l.row().code(),
                                                        l.points().getValue(),
                                                        l.note().getValue(),
                                                        l.row().version()))
                                                .toList());
                                return minutes.sheet(meeting.meeting().id());
                            },
                            "quality.saved"));
            save.addThemeVariants(ButtonVariant.PRIMARY);
            add(save);
        }
    }

    private Div line(QualitySheet.Row row, boolean editable) {
        Div label = new Div(new Span(row.label()));
        if (row.requiredForGood()) {
            Span req = new Span(getTranslation("quality.requiredForGood"));
            req.addClassName("required");
            label.add(req);
        }
        if (row.preScore() != null) {
            Span reason = new Span(getTranslation(
                    "quality.preScored", row.preScore().points(), row.preScore().reason()));
            reason.addClassName("reason");
            label.add(reason);
        }
        IntegerField points = new IntegerField();
        points.setAriaLabel(row.label());
        points.setMin(0);
        points.setMax(row.maxPoints());
        points.setSuffixComponent(new Span("/" + row.maxPoints()));
        points.setValue(row.points());
        points.setWidthFull();
        TextField note = new TextField();
        note.setPlaceholder(getTranslation("quality.note"));
        note.setValue(row.note() == null ? "" : row.note());
        note.setMaxLength(500);
        note.setWidthFull();
        points.setReadOnly(!editable);
        note.setReadOnly(!editable);
        lines.add(new Line(row, points, note));
        Div box = new Div(label, points, note);
        box.addClassName("quality-row");
        return box;
    }

    private String resultText(QualitySheet sheet) {
        return sheet.level() == null
                ? getTranslation("quality.notScored", sheet.total())
                : getTranslation("quality.result", EnumLabels.of(sheet.level()), sheet.total());
    }

    /** For tests. */
    List<IntegerField> pointFields() {
        return lines.stream().map(Line::points).toList();
    }

    /** For tests. */
    List<TextField> noteFields() {
        return lines.stream().map(Line::note).toList();
    }
}
