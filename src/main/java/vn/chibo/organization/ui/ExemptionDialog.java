package vn.chibo.organization.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.Clock;
import java.time.LocalDate;
import vn.chibo.base.ui.BeanRules;
import vn.chibo.base.ui.DatePickers;
import vn.chibo.base.ui.FormDialog;
import vn.chibo.base.ui.Notifications;
import vn.chibo.organization.service.MemberService;

/** Records a time the member is excused from meetings (illness, work far away), open-ended when not known. */
class ExemptionDialog extends FormDialog {

    ExemptionDialog(MemberService members, Clock clock, long memberId, Runnable onSaved) {
        setHeaderTitle(getTranslation("exemption.add"));
        TextField reason = new TextField(getTranslation("exemption.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        DatePicker from = DatePickers.create(getTranslation("exemption.from"));
        DatePicker to = DatePickers.create(getTranslation("exemption.to"));
        to.setHelperText(getTranslation("exemption.toHelp"));
        add(new Div(reason), new Div(from, to));

        ExemptionForm form = new ExemptionForm();
        form.from = LocalDate.now(clock);
        Binder<ExemptionForm> binder = validates(new Binder<>());
        binder.forField(reason)
                .withValidator(BeanRules.of(ExemptionForm.class, "reason"))
                .bind(f -> f.reason, (f, v) -> f.reason = v);
        binder.forField(from)
                .withValidator(BeanRules.of(ExemptionForm.class, "from"))
                .bind(f -> f.from, (f, v) -> f.from = v);
        binder.forField(to).bind(f -> f.to, (f, v) -> f.to = v);
        binder.setBean(form);
        onSave(() -> {
            members.addExemption(memberId, form.reason, form.from, form.to);
            Notifications.success(getTranslation("exemption.saved"));
            onSaved.run();
        });
    }
}
