package vn.chibo.register.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.ui.DatePickers;
import vn.chibo.base.ui.ErrorMessages;
import vn.chibo.base.ui.Formats;
import vn.chibo.base.ui.Notifications;
import vn.chibo.base.ui.ViewToolbar;
import vn.chibo.organization.service.OrganizationInfo;
import vn.chibo.organization.service.OrganizationService;
import vn.chibo.register.domain.DocumentKind;
import vn.chibo.register.service.DocumentRegister;
import vn.chibo.register.service.IssuedNumber;
import vn.chibo.register.service.RegisterAccess;
import vn.chibo.register.service.RegisterSettings;
import vn.chibo.security.service.CurrentUser;

/**
 * "Sổ văn bản": the numbers an organisation has given (number, date, kind, what) and, for whoever may set them,
 * the term and the next number of each kind (an organisation starting with the product mid-term).
 */
@Route("so-van-ban")
@PermitAll
@Menu(title = "nav.register", order = 36, icon = "vaadin:list-ol")
public class RegisterView extends Div implements HasDynamicTitle {

    private final DocumentRegister register;
    private final RegisterAccess access;
    private final Grid<IssuedNumber> grid = new Grid<>();
    private final Div settings = new Div();
    private final Select<OrganizationInfo> organization = new Select<>();

    RegisterView(
            DocumentRegister register,
            RegisterAccess access,
            OrganizationService organizations,
            CurrentUser currentUser) {
        this.register = register;
        this.access = access;
        addClassNames("page", "register-view");
        List<OrganizationInfo> choices = new ArrayList<>();
        Long own = currentUser.require().organizationId();
        if (own != null && access.canRead(own)) {
            choices.add(organizations.get(own));
        }
        organizations.readableCells().stream()
                .filter(c -> choices.stream().noneMatch(o -> o.id() == c.id()))
                .forEach(choices::add);
        organization.setLabel(getTranslation("register.organization"));
        organization.setItemLabelGenerator(OrganizationInfo::name);
        organization.setItems(choices);
        organization.addValueChangeListener(e -> render());
        add(
                new ViewToolbar(getTranslation("register.title"), getTranslation("register.subtitle")),
                new Paragraph(getTranslation("register.help")));
        if (choices.size() > 1) {
            add(organization);
        }
        grid.addColumn(IssuedNumber::code)
                .setHeader(getTranslation("register.col.number"))
                .setAutoWidth(true);
        grid.addColumn(n -> Formats.date(n.issuedOn()))
                .setHeader(getTranslation("register.col.date"))
                .setAutoWidth(true);
        grid.addColumn(n -> getTranslation("register.kind." + n.kind().name()))
                .setHeader(getTranslation("register.col.kind"))
                .setAutoWidth(true);
        grid.addColumn(IssuedNumber::subject)
                .setHeader(getTranslation("register.col.subject"))
                .setFlexGrow(3);
        grid.addColumn(IssuedNumber::issuedBy)
                .setHeader(getTranslation("register.col.by"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("register.none"));
        add(settings, new H3(getTranslation("register.entries")), grid);
        if (!choices.isEmpty()) {
            organization.setValue(choices.getFirst());
        }
    }

    private void render() {
        OrganizationInfo org = organization.getValue();
        settings.removeAll();
        if (org == null) {
            grid.setItems(List.of());
            return;
        }
        grid.setItems(register.entries(org.id()));
        if (access.canConfigure(org.id())) {
            settings.add(settingsForm(org.id()));
        }
    }

    private Div settingsForm(long organizationId) {
        RegisterSettings current = register.settings(organizationId);
        DatePicker start = DatePickers.create(getTranslation("register.termStart"));
        DatePicker end = DatePickers.create(getTranslation("register.termEnd"));
        start.setValue(current.startsOn());
        end.setValue(current.endsOn());
        start.setRequiredIndicatorVisible(true);
        FormLayout form = new FormLayout(start, end);
        Map<DocumentKind, IntegerField> next = new EnumMap<>(DocumentKind.class);
        for (DocumentKind k : DocumentKind.values()) {
            IntegerField f = new IntegerField(
                    getTranslation("register.next", getTranslation("register.kind." + k.name()), k.symbol()));
            f.setMin(current.lowest().get(k));
            f.setStepButtonsVisible(true);
            f.setValue(current.next().get(k));
            f.setHelperText(getTranslation("register.lowest", current.lowest().get(k)));
            next.put(k, f);
            form.add(f);
        }
        Button save = new Button(getTranslation("action.save"), e -> {
            if (start.getValue() == null) {
                start.setInvalid(true);
                return;
            }
            Map<DocumentKind, Integer> values = new EnumMap<>(DocumentKind.class);
            next.forEach((k, f) ->
                    values.put(k, f.getValue() == null ? current.next().get(k) : f.getValue()));
            try {
                register.configure(organizationId, start.getValue(), end.getValue(), values);
                Notifications.success(getTranslation("register.saved"));
                render();
            } catch (BusinessException ex) {
                Notifications.error(ErrorMessages.of(ex));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Div box = new Div(
                new H3(getTranslation("register.settings")),
                new Paragraph(getTranslation("register.settingsHelp")),
                form,
                save);
        box.addClassName("register-settings");
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title");
    }
}
