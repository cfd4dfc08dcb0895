package vn.chibo.organization.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import vn.chibo.base.ui.DatePickers;
import vn.chibo.base.ui.FormDialog;
import vn.chibo.organization.domain.Member;
import vn.chibo.organization.service.MemberService;

/** Ends the member's party life in the cell (moved away, died, struck off), from a day and with a reason. */
class MarkLeftDialog extends FormDialog {

    MarkLeftDialog(MemberService members, Clock clock, Member member, Runnable onSaved) {
        setHeaderTitle(getTranslation("member.markLeft"));
        saveButton().addThemeVariants(ButtonVariant.ERROR);
        DatePicker on = DatePickers.create(getTranslation("member.leftOnLabel"));
        on.setValue(LocalDate.now(clock));
        TextField reason = new TextField(getTranslation("member.leftReason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setHelperText(getTranslation("member.leftReasonHelp"));
        add(on, reason);
        constrained(on, MarkLeftForm.class, "on");
        constrained(reason, MarkLeftForm.class, "reason");
        onSave(() -> {
            MarkLeftForm form = new MarkLeftForm(on.getValue(), reason.getValue());
            members.markLeft(member.requireId(), member.getVersion(), form.on(), form.reason());
            onSaved.run();
        });
    }
}
