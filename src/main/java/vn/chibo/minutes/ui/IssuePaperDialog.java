package vn.chibo.minutes.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import vn.chibo.base.ui.DatePickers;
import vn.chibo.base.ui.EnumLabels;
import vn.chibo.base.ui.FormDialog;
import vn.chibo.base.ui.Formats;
import vn.chibo.base.ui.Notifications;
import vn.chibo.minutes.service.CommendationRow;
import vn.chibo.minutes.service.CommendationService;
import vn.chibo.register.service.IssuedNumber;

/** Issues a commendation's paper on the day the secretary sets (not before the award, not after today): it is numbered. */
class IssuePaperDialog extends FormDialog {

    IssuePaperDialog(
            CommendationService commendations, Clock clock, CommendationRow r, Consumer<IssuedNumber> onIssued) {
        setHeaderTitle(getTranslation("honours.issueTitle", EnumLabels.of(r.kind()), r.memberName()));
        saveButton().setText(getTranslation("honours.issueConfirm"));
        LocalDate today = LocalDate.now(clock);
        DatePicker day = DatePickers.create(getTranslation("register.col.date"));
        day.setMin(r.awardedOn());
        day.setMax(today);
        day.setValue(today.isBefore(r.awardedOn()) ? r.awardedOn() : today);
        day.setHelperText(getTranslation("honours.issueHelp"));
        day.setWidthFull();
        add(day);
        constrained(
                day,
                PaperForm.class,
                "issuedOn",
                d -> !d.isBefore(r.awardedOn()) && !d.isAfter(today),
                getTranslation("register.error.issueDay", Formats.date(r.awardedOn()), Formats.date(today)));
        onSave(() -> {
            PaperForm form = new PaperForm(day.getValue());
            IssuedNumber n = commendations.issuePaper(r.id(), form.issuedOn());
            Notifications.success(getTranslation("honours.issued", n.printed()));
            onIssued.accept(n);
        });
    }
}
