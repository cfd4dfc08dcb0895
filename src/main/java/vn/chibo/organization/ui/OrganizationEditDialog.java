package vn.chibo.organization.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import vn.chibo.base.ui.DatePickers;
import vn.chibo.base.ui.FormDialog;
import vn.chibo.base.ui.Formats;
import vn.chibo.base.ui.Notifications;
import vn.chibo.organization.service.OrganizationInfo;
import vn.chibo.organization.service.OrganizationService;

/** Renames an organisation from a day (the old name kept in its history), sets its place, or marks it inactive. */
class OrganizationEditDialog extends FormDialog {

    OrganizationEditDialog(OrganizationService organizations, Clock clock, OrganizationInfo o, Runnable onSaved) {
        setHeaderTitle(getTranslation("org.edit"));
        setWidth("34rem");
        setMaxWidth("100%");
        TextField name = new TextField(getTranslation("org.name"));
        name.setValue(o.name());
        name.setMaxLength(255);
        name.setWidthFull();
        DatePicker effective = DatePickers.create(getTranslation("org.renameDate"));
        effective.setValue(LocalDate.now(clock));
        TextField note = new TextField(getTranslation("org.renameNote"));
        note.setMaxLength(1000);
        note.setWidthFull();
        note.setPlaceholder(getTranslation("org.renameNotePlaceholder"));
        TextField place = new TextField(getTranslation("org.place"));
        place.setValue(o.place() == null ? "" : o.place());
        place.setMaxLength(120);
        Checkbox active = new Checkbox(getTranslation("org.activeLabel"), o.active());
        add(name, effective, note, place, active);
        Div history = new Div();
        history.addClassName("history-list");
        for (OrganizationService.NameChange c : organizations.nameHistory(o.id())) {
            history.add(new Div(
                    new Span(Formats.date(c.effectiveOn())),
                    new Span(c.oldName() + " → " + c.newName()),
                    new Span(c.note() == null ? "" : c.note())));
        }
        if (history.getComponentCount() > 0) {
            Span title = new Span(getTranslation("org.nameHistory"));
            title.addClassName("section-label");
            add(title, history);
        }
        constrained(name, OrganizationForm.class, "name");
        constrained(effective, OrganizationForm.class, "effectiveOn");
        constrained(note, OrganizationForm.class, "note");
        constrained(place, OrganizationForm.class, "place");
        onSave(() -> {
            OrganizationForm form = new OrganizationForm(
                    o.kind(),
                    name.getValue(),
                    place.getValue(),
                    effective.getValue(),
                    note.getValue(),
                    active.getValue());
            organizations.update(
                    o.id(), o.version(), form.name(), form.effectiveOn(), form.note(), form.place(), form.active());
            Notifications.success(getTranslation("org.saved"));
            onSaved.run();
        });
    }
}
