package vn.chibo.plan.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import vn.chibo.base.ui.FormDialog;
import vn.chibo.base.ui.Notifications;
import vn.chibo.plan.service.PlanService;
import vn.chibo.plan.service.PlanSummary;

/** The plan's rules (thematic meetings per quarter) and the rotation's settings. */
class PlanSettingsDialog extends FormDialog {

    PlanSettingsDialog(PlanService plans, PlanSummary plan, Runnable onSaved) {
        setHeaderTitle(getTranslation("plan.settings"));
        setWidth("34rem");
        setMaxWidth("100%");
        IntegerField perQuarter = new IntegerField(getTranslation("plan.settings.perQuarter"));
        perQuarter.setMin(0);
        perQuarter.setMax(3);
        perQuarter.setStepButtonsVisible(true);
        perQuarter.setValue(plan.minThematicPerQuarter());
        perQuarter.setHelperText(getTranslation("plan.settings.perQuarterHelp"));
        IntegerField max = new IntegerField(getTranslation("plan.settings.maxPerMember"));
        max.setMin(0);
        max.setMax(12);
        max.setStepButtonsVisible(true);
        max.setValue(plan.maxPerMember());
        max.setHelperText(getTranslation("plan.settings.maxHelp"));
        IntegerField window = new IntegerField(getTranslation("plan.settings.window"));
        window.setMin(1);
        window.setMax(10);
        window.setStepButtonsVisible(true);
        window.setValue(plan.windowYears());
        Checkbox pair = new Checkbox(getTranslation("plan.settings.pair"), plan.pairProbationary());
        TextArea notes = new TextArea(getTranslation("plan.settings.notes"));
        notes.setMaxLength(4000);
        notes.setValue(plan.notes() == null ? "" : plan.notes());
        notes.setHelperText(getTranslation("plan.settings.notesHelp"));
        FormLayout form = new FormLayout(perQuarter, max, window, pair, notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        constrained(perQuarter, PlanSettingsForm.class, "perQuarter");
        constrained(max, PlanSettingsForm.class, "maxPerMember");
        constrained(window, PlanSettingsForm.class, "windowYears");
        constrained(notes, PlanSettingsForm.class, "notes");
        onSave(() -> {
            PlanSettingsForm settings = new PlanSettingsForm(
                    perQuarter.getValue(), max.getValue(), window.getValue(), pair.getValue(), notes.getValue());
            plans.updateSettings(
                    plan.id(),
                    plan.version(),
                    settings.perQuarter(),
                    settings.maxPerMember(),
                    settings.windowYears(),
                    settings.pairProbationary(),
                    settings.notes());
            Notifications.success(getTranslation("plan.done.settings"));
            onSaved.run();
        });
    }
}
