package vn.chibo.plan.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalDate;
import vn.chibo.base.ui.DatePickers;
import vn.chibo.base.ui.FormDialog;
import vn.chibo.base.ui.Notifications;
import vn.chibo.plan.service.PlanService;
import vn.chibo.plan.service.PlanSummary;

/** Publication asks its date (today by default): the plan is numbered and dated with it. */
class PublishDialog extends FormDialog {

    PublishDialog(PlanService plans, Clock clock, PlanSummary plan, Runnable onPublished) {
        setHeaderTitle(getTranslation("plan.publish"));
        saveButton().setText(getTranslation("plan.publish"));
        DatePicker date = DatePickers.create(getTranslation("register.publishedOn"));
        date.setValue(LocalDate.now(clock));
        date.setMax(LocalDate.now(clock));
        add(new Span(getTranslation("register.publishedOn.help")), date);
        constrained(date, PublishForm.class, "issuedOn");
        onSave(() -> {
            PublishForm form = new PublishForm(date.getValue());
            plans.publish(plan.id(), plan.version(), form.issuedOn());
            Notifications.success(getTranslation("plan.done.published"));
            onPublished.run();
        });
    }
}
