package vn.chibo.meeting.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import vn.chibo.base.ui.DatePickers;
import vn.chibo.base.ui.FormDialog;
import vn.chibo.base.ui.Notifications;
import vn.chibo.meeting.domain.RuleKind;
import vn.chibo.meeting.service.RuleData;
import vn.chibo.meeting.service.ScheduleService;

/** The rule a cell's regular meetings follow: "the 5th of each month, 14:00" or "the first Tuesday". */
class RuleDialog extends FormDialog {

    RuleDialog(ScheduleService schedule, long cellId, Runnable onSaved) {
        setHeaderTitle(getTranslation("calendar.rule"));
        setWidth("36rem");
        setMaxWidth("100%");
        RuleData current = schedule.rule(cellId).orElse(RuleData.defaults());
        RadioButtonGroup<RuleKind> kind = new RadioButtonGroup<>(getTranslation("rule.kind"));
        kind.setItems(RuleKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("rule.kind." + k.name()));
        kind.setValue(current.kind());
        IntegerField day = new IntegerField(getTranslation("rule.dayOfMonth"));
        day.setMin(1);
        day.setMax(31);
        day.setStepButtonsVisible(true);
        day.setValue(current.dayOfMonth());
        day.setHelperText(getTranslation("rule.dayHelp"));
        Select<Integer> nth = new Select<>();
        nth.setLabel(getTranslation("rule.nth"));
        nth.setItems(List.of(1, 2, 3, 4, -1));
        nth.setItemLabelGenerator(n -> getTranslation("rule.nth." + (n < 0 ? "last" : n)));
        nth.setValue(current.weekOfMonth());
        Select<DayOfWeek> weekday = new Select<>();
        weekday.setLabel(getTranslation("rule.weekday"));
        weekday.setItems(DayOfWeek.values());
        weekday.setItemLabelGenerator(d -> getTranslation("weekday.long." + d.getValue()));
        weekday.setValue(current.dayOfWeek());
        TimePicker time = DatePickers.time(getTranslation("rule.time"));
        time.setStep(Duration.ofMinutes(15));
        time.setValue(current.startTime());
        IntegerField duration = new IntegerField(getTranslation("rule.duration"));
        duration.setMin(30);
        duration.setMax(600);
        duration.setStep(15);
        duration.setStepButtonsVisible(true);
        duration.setValue(current.durationMinutes());
        duration.setHelperText(getTranslation("rule.durationHelp"));
        TextField place = new TextField(getTranslation("rule.place"));
        place.setMaxLength(255);
        place.setValue(current.place() == null ? "" : current.place());
        place.setPlaceholder(getTranslation("rule.placePlaceholder"));
        Runnable toggle = () -> {
            boolean byDay = kind.getValue() == RuleKind.DAY_OF_MONTH;
            day.setVisible(byDay);
            nth.setVisible(!byDay);
            weekday.setVisible(!byDay);
        };
        kind.addValueChangeListener(e -> toggle.run());
        toggle.run();
        IntegerField due = new IntegerField(getTranslation("rule.draftDueDays"));
        due.setMin(1);
        due.setMax(60);
        due.setStepButtonsVisible(true);
        due.setValue(current.draftDueDays());
        due.setHelperText(getTranslation("rule.draftDueDaysHelp"));
        IntegerField close = new IntegerField(getTranslation("rule.commentsCloseDays"));
        close.setMin(0);
        close.setMax(59);
        close.setStepButtonsVisible(true);
        close.setValue(current.commentsCloseDays());
        close.setHelperText(getTranslation("rule.commentsCloseDaysHelp"));
        FormLayout form = new FormLayout(kind, day, nth, weekday, time, duration, place, due, close);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("26rem", 2));
        form.setColspan(kind, 2);
        form.setColspan(place, 2);
        add(form);
        constrained(day, RuleData.class, "dayOfMonth");
        constrained(duration, RuleData.class, "durationMinutes");
        constrained(place, RuleData.class, "place");
        constrained(due, RuleData.class, "draftDueDays");
        constrained(close, RuleData.class, "commentsCloseDays");
        onSave(() -> {
            schedule.saveRule(
                    cellId,
                    new RuleData(
                            current.version(),
                            kind.getValue(),
                            day.getValue() == null ? 5 : day.getValue(),
                            nth.getValue() == null ? 1 : nth.getValue(),
                            weekday.getValue() == null ? DayOfWeek.TUESDAY : weekday.getValue(),
                            time.getValue() == null ? LocalTime.of(14, 0) : time.getValue(),
                            duration.getValue() == null ? 120 : duration.getValue(),
                            place.getValue(),
                            due.getValue() == null ? RuleData.DEFAULT_DRAFT_DUE_DAYS : due.getValue(),
                            close.getValue() == null ? RuleData.DEFAULT_COMMENTS_CLOSE_DAYS : close.getValue()));
            Notifications.success(getTranslation("rule.saved"));
            onSaved.run();
        });
    }
}
