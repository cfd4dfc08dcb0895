package vn.chibo.organization.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.Clock;
import java.time.LocalDate;
import vn.chibo.base.ui.DatePickers;
import vn.chibo.base.ui.FormDialog;
import vn.chibo.organization.domain.Exemption;
import vn.chibo.organization.service.MemberService;

/** Closes an open-ended exemption on its last day. */
class EndExemptionDialog extends FormDialog {

    EndExemptionDialog(MemberService members, Clock clock, long memberId, Exemption exemption, Runnable onSaved) {
        setHeaderTitle(getTranslation("exemption.end"));
        DatePicker last = DatePickers.create(getTranslation("exemption.lastDay"));
        last.setValue(LocalDate.now(clock));
        last.setMin(exemption.getFromDate());
        add(last);
        constrained(
                last,
                EndExemptionForm.class,
                "lastDay",
                d -> !d.isBefore(exemption.getFromDate()),
                getTranslation("exemption.error.endBeforeStart"));
        onSave(() -> {
            EndExemptionForm form = new EndExemptionForm(last.getValue());
            members.endExemption(memberId, exemption.requireId(), exemption.getVersion(), form.lastDay());
            onSaved.run();
        });
    }
}
