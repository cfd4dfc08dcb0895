package vn.chibo.organization.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.time.Clock;
import java.time.LocalDate;
import vn.chibo.base.ui.BeanRules;
import vn.chibo.base.ui.DatePickers;
import vn.chibo.base.ui.FormDialog;
import vn.chibo.base.ui.Notifications;
import vn.chibo.organization.service.MemberService;
import vn.chibo.organization.service.OrganizationInfo;
import vn.chibo.organization.service.OrganizationService;

/** Moves the member to another cell from a day (chuyển sinh hoạt): their history keeps both. */
class TransferDialog extends FormDialog {

    TransferDialog(
            MemberService members,
            OrganizationService organizations,
            Clock clock,
            long memberId,
            long cellId,
            Runnable onDone) {
        setHeaderTitle(getTranslation("member.transfer"));
        setWidth("30rem");
        setMaxWidth("100%");
        saveButton().setText(getTranslation("member.transfer.confirm"));
        Select<OrganizationInfo> target = new Select<>();
        target.setLabel(getTranslation("member.transfer.target"));
        target.setItems(organizations.transferTargets(cellId));
        target.setItemLabelGenerator(OrganizationInfo::name);
        target.setWidthFull();
        DatePicker on = DatePickers.create(getTranslation("member.transfer.date"));
        TextArea note = new TextArea(getTranslation("member.transfer.note"));
        note.setMaxLength(500);
        note.setWidthFull();
        add(target, on, note);

        TransferForm form = new TransferForm();
        form.on = LocalDate.now(clock);
        Binder<TransferForm> binder = validates(new Binder<>());
        binder.forField(target)
                .withValidator(BeanRules.of(TransferForm.class, "target"))
                .bind(f -> f.target, (f, v) -> f.target = v);
        binder.forField(on)
                .withValidator(BeanRules.of(TransferForm.class, "on"))
                .bind(f -> f.on, (f, v) -> f.on = v);
        binder.forField(note)
                .withValidator(BeanRules.of(TransferForm.class, "note"))
                .bind(f -> f.note, (f, v) -> f.note = v);
        binder.setBean(form);
        onSave(() -> {
            OrganizationInfo to = form.target;
            members.transfer(memberId, to.id(), form.on, form.note);
            Notifications.success(getTranslation("member.transfer.done", to.name()));
            onDone.run();
        });
    }
}
