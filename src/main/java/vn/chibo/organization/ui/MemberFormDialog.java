package vn.chibo.organization.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.ui.BeanRules;
import vn.chibo.base.ui.DatePickers;
import vn.chibo.base.ui.EnumLabels;
import vn.chibo.base.ui.FormDialog;
import vn.chibo.base.ui.Notifications;
import vn.chibo.organization.domain.Gender;
import vn.chibo.organization.domain.Member;
import vn.chibo.organization.domain.MemberStatus;
import vn.chibo.organization.domain.Position;
import vn.chibo.organization.service.MemberData;
import vn.chibo.organization.service.MemberRules;
import vn.chibo.organization.service.MemberService;

/**
 * Adds or edits a member. Checks the data as it is typed (the same rules as the service), and keeps what
 * was typed when a save is refused — including when someone else changed the member meanwhile.
 */
class MemberFormDialog extends FormDialog {

    private final MemberService members;
    private final long cellId;
    private final MemberData data;
    private final Consumer<Long> onSaved;
    private final Clock clock;
    private final Binder<MemberData> binder = validates(new Binder<>(MemberData.class));

    MemberFormDialog(
            MemberService members, Clock clock, long cellId, @Nullable Member existing, Consumer<Long> onSaved) {
        this.clock = clock;
        this.members = members;
        this.cellId = cellId;
        this.data = existing == null ? new MemberData() : MemberData.of(existing);
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "member.form.addTitle" : "member.form.editTitle"));
        addClassName("member-form-dialog");
        setWidth("52rem");
        setMaxWidth("100%");
        setCloseOnOutsideClick(false);

        TextField fullName = new TextField(getTranslation("member.fullName"));
        fullName.setRequiredIndicatorVisible(true);
        fullName.setMaxLength(MemberRules.MAX_NAME);
        RadioButtonGroup<Gender> gender = new RadioButtonGroup<>(getTranslation("member.gender"));
        gender.setItems(Gender.values());
        gender.setItemLabelGenerator(EnumLabels::of);
        DatePicker birthDate = DatePickers.create(getTranslation("member.birthDate"));
        birthDate.setMax(LocalDate.now(clock));
        Select<MemberStatus> status = new Select<>();
        status.setLabel(getTranslation("member.status"));
        status.setItems(MemberStatus.values());
        status.setItemLabelGenerator(EnumLabels::of);
        Select<Position> position = new Select<>();
        position.setLabel(getTranslation("member.position"));
        position.setItems(Position.values());
        position.setItemLabelGenerator(EnumLabels::of);
        DatePicker admission = DatePickers.create(getTranslation("member.admissionDate"));
        admission.setMax(LocalDate.now(clock));
        DatePicker official = DatePickers.create(getTranslation("member.officialDate"));
        TextField occupation = new TextField(getTranslation("member.occupation"));
        occupation.setMaxLength(MemberRules.MAX_TEXT);
        TextField workUnit = new TextField(getTranslation("member.workUnit"));
        workUnit.setMaxLength(MemberRules.MAX_TEXT);
        MultiSelectComboBox<String> strengths = new MultiSelectComboBox<>(getTranslation("member.strengths"));
        Set<String> known = new LinkedHashSet<>(members.knownStrengths(cellId));
        known.addAll(data.getStrengths());
        List<String> items = new ArrayList<>(known);
        strengths.setItems(items);
        strengths.setAllowCustomValue(true);
        strengths.setHelperText(getTranslation("member.strengths.help"));
        strengths.addCustomValueSetListener(e -> {
            String tag = e.getDetail().strip();
            if (!tag.isEmpty() && tag.length() <= 60) {
                items.add(tag);
                strengths.setItems(items);
                Set<String> selected = new LinkedHashSet<>(strengths.getValue());
                selected.add(tag);
                strengths.setValue(selected);
            }
        });
        TextField phone = new TextField(getTranslation("member.phone"));
        phone.setMaxLength(20);
        EmailField email = new EmailField(getTranslation("member.email"));
        email.setMaxLength(120);
        TextField card = new TextField(getTranslation("member.partyCard"));
        card.setMaxLength(30);

        binder.forField(fullName)
                .asRequired(getTranslation("member.error.nameRequired"))
                .withValidator(BeanRules.of(MemberData.class, "fullName"))
                .withValidator((v, c) -> rule(v, "member.error.nameInvalid"))
                .bind(MemberData::getFullName, MemberData::setFullName);
        binder.forField(gender).asRequired().bind(MemberData::getGender, MemberData::setGender);
        binder.forField(birthDate).bind(MemberData::getBirthDate, MemberData::setBirthDate);
        binder.forField(status).asRequired().bind(MemberData::getStatus, MemberData::setStatus);
        binder.forField(position).asRequired().bind(MemberData::getPosition, MemberData::setPosition);
        binder.forField(admission).bind(MemberData::getAdmissionDate, MemberData::setAdmissionDate);
        binder.forField(official).bind(MemberData::getOfficialDate, MemberData::setOfficialDate);
        binder.forField(occupation)
                .withValidator(BeanRules.of(MemberData.class, "occupation"))
                .bind(MemberData::getOccupation, MemberData::setOccupation);
        binder.forField(workUnit)
                .withValidator(BeanRules.of(MemberData.class, "workUnit"))
                .bind(MemberData::getWorkUnit, MemberData::setWorkUnit);
        binder.forField(strengths)
                .bind(d -> new LinkedHashSet<>(d.getStrengths()), (d, v) -> d.setStrengths(new ArrayList<>(v)));
        binder.forField(phone).bind(MemberData::getPhone, MemberData::setPhone);
        binder.forField(email)
                .withValidator(BeanRules.of(MemberData.class, "email"))
                .bind(MemberData::getEmail, MemberData::setEmail);
        binder.forField(card).bind(MemberData::getPartyCardNumber, MemberData::setPartyCardNumber);
        binder.readBean(data);

        FormLayout form = new FormLayout(
                fullName,
                gender,
                birthDate,
                position,
                status,
                admission,
                official,
                occupation,
                workUnit,
                strengths,
                phone,
                email,
                card);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.setColspan(fullName, 2);
        form.setColspan(strengths, 2);
        add(form);
        checks(() -> binder.writeBeanIfValid(data)
                ? MemberRules.problems(data, LocalDate.now(clock)).stream()
                        .map(this::getTranslation)
                        .toList()
                : List.of());
        onSave(this::saveMember);
    }

    private ValidationResult rule(String name, String... keys) {
        MemberData probe = new MemberData();
        probe.setFullName(name);
        List<String> problems = MemberRules.problems(probe, LocalDate.now(clock));
        return List.of(keys).stream()
                .filter(problems::contains)
                .findFirst()
                .map(k -> ValidationResult.error(getTranslation(k)))
                .orElse(ValidationResult.ok());
    }

    private void saveMember() {
        long id = data.getId() == null
                ? members.create(cellId, data)
                : members.update(data.getId(), data).requireId();
        Notifications.success(getTranslation("member.form.saved", data.getFullName()));
        onSaved.accept(id);
    }
}
