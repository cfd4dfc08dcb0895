package vn.chibo.organization.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.ui.EnumLabels;
import vn.chibo.base.ui.FormDialog;
import vn.chibo.base.ui.Notifications;
import vn.chibo.organization.domain.OrganizationKind;
import vn.chibo.organization.service.OrganizationInfo;
import vn.chibo.organization.service.OrganizationService;

/** Adds a đảng bộ at the top (administrators) or an organisation under {@code parent}, in its place by default. */
class NewOrganizationDialog extends FormDialog {

    NewOrganizationDialog(OrganizationService organizations, @Nullable OrganizationInfo parent, Runnable onSaved) {
        setHeaderTitle(
                parent == null ? getTranslation("org.addRoot") : getTranslation("org.addChildOf", parent.name()));
        setWidth("32rem");
        setMaxWidth("100%");
        RadioButtonGroup<OrganizationKind> kind = new RadioButtonGroup<>(getTranslation("org.kind"));
        kind.setItems(parent == null ? List.of(OrganizationKind.DANG_BO) : List.of(OrganizationKind.values()));
        kind.setItemLabelGenerator(EnumLabels::of);
        kind.setValue(parent == null ? OrganizationKind.DANG_BO : OrganizationKind.CHI_BO);
        TextField name = new TextField(getTranslation("org.name"));
        name.setMaxLength(255);
        name.setWidthFull();
        name.setRequiredIndicatorVisible(true);
        name.setPlaceholder(getTranslation("org.namePlaceholder"));
        TextField place = new TextField(getTranslation("org.place"));
        place.setMaxLength(120);
        place.setHelperText(getTranslation("org.placeHelp"));
        place.setValue(parent == null || parent.place() == null ? "" : parent.place());
        add(kind, name, place);
        constrained(name, OrganizationForm.class, "name");
        constrained(place, OrganizationForm.class, "place");
        onSave(() -> {
            OrganizationForm form =
                    new OrganizationForm(kind.getValue(), name.getValue(), place.getValue(), null, "", true);
            organizations.create(parent == null ? null : parent.id(), form.kind(), form.name(), form.place());
            Notifications.success(getTranslation("org.created", form.name()));
            onSaved.run();
        });
    }
}
