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
import vn.chibo.organization.service.MemberService;

/** Records a time the member is away (leave, a mission, studies): absent with reason, not excused. */
class LeaveDialog extends FormDialog {

    LeaveDialog(MemberService members, Clock clock, long memberId, Runnable onSaved) {
        setHeaderTitle(getTranslation("leave.add"));
        TextField reason = new TextField(getTranslation("exemption.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setPlaceholder(getTranslation("leave.reasonPlaceholder"));
        DatePicker from = DatePickers.create(getTranslation("exemption.from"));
        DatePicker to = DatePickers.create(getTranslation("exemption.to"));
        add(new Div(reason), new Div(from, to));

        LeaveForm form = new LeaveForm();
        form.from = LocalDate.now(clock);
        form.to = form.from.plusMonths(1);
        Binder<LeaveForm> binder = validates(new Binder<>());
        binder.forField(reason)
                .withValidator(BeanRules.of(LeaveForm.class, "reason"))
                .bind(f -> f.reason, (f, v) -> f.reason = v);
        binder.forField(from)
                .withValidator(BeanRules.of(LeaveForm.class, "from"))
                .bind(f -> f.from, (f, v) -> f.from = v);
        binder.forField(to).withValidator(BeanRules.of(LeaveForm.class, "to")).bind(f -> f.to, (f, v) -> f.to = v);
        binder.setBean(form);
        onSave(() -> {
            members.addLeave(memberId, form.reason, form.from, form.to);
            onSaved.run();
        });
    }
}
