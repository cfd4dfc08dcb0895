package vn.chibo.organization.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.ui.DatePickers;
import vn.chibo.base.ui.EnumLabels;
import vn.chibo.base.ui.ErrorMessages;
import vn.chibo.base.ui.Formats;
import vn.chibo.base.ui.Notifications;
import vn.chibo.base.ui.ViewToolbar;
import vn.chibo.organization.domain.Exemption;
import vn.chibo.organization.domain.Member;
import vn.chibo.organization.domain.MemberStatus;
import vn.chibo.organization.service.AccessPolicy;
import vn.chibo.organization.service.MemberService;
import vn.chibo.organization.service.OrganizationInfo;
import vn.chibo.organization.service.OrganizationService;
import vn.chibo.security.domain.Role;

/**
 * One member: personal and party details, strengths, exemptions from meetings and the cells they belonged
 * to. The id in the URL is checked by the service: another cell's member is refused, whatever is typed.
 */
@Route("members")
@RolesAllowed({Role.ADMIN_NAME, Role.COMMITTEE_NAME, Role.SECRETARY_NAME, Role.MEMBER_NAME})
public class MemberDetailView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private final MemberService members;
    private final OrganizationService organizations;
    private final AccessPolicy access;
    private final Clock clock;
    private @Nullable Member member;

    MemberDetailView(MemberService members, OrganizationService organizations, AccessPolicy access, Clock clock) {
        this.clock = clock;
        this.members = members;
        this.organizations = organizations;
        this.access = access;
        addClassName("page");
        addClassName("member-detail");
    }

    @Override
    public void setParameter(BeforeEvent event, Long memberId) {
        member = members.get(memberId); // access-checked: AccessDeniedException for another cell's member
        render();
    }

    private void render() {
        removeAll();
        Member m = member;
        if (m == null) {
            return;
        }
        long id = m.requireId();
        boolean canManage = access.canManageMember(id);
        RouterLink back = new RouterLink(getTranslation("member.backToList"), MembersView.class);
        back.addClassName("back-link");

        ViewToolbar toolbar = new ViewToolbar(m.getFullName(), EnumLabels.of(m.getPosition()) + " · "
                + EnumLabels.of(m.getStatus()) + (m.isActive() ? "" : " · " + getTranslation("members.leftOn",
                Formats.date(m.getLeftOn()))));
        // the member's record of meetings lives in the minutes feature: reached by its route
        toolbar.addAction(new com.vaadin.flow.component.html.Anchor("history/" + id, getTranslation("member.history")));
        if (canManage) {
            long cellId = m.getCell().requireId();
            Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(),
                    e -> new MemberFormDialog(members, clock, cellId, members.get(id), saved -> reload()).open());
            edit.addThemeVariants(ButtonVariant.PRIMARY);
            toolbar.addAction(edit);
            if (m.isActive()) {
                toolbar.addAction(new Button(getTranslation("member.transfer"), VaadinIcon.EXCHANGE.create(),
                        e -> transferDialog(cellId).open()));
                toolbar.addAction(new Button(getTranslation("member.markLeft"), VaadinIcon.SIGN_OUT.create(),
                        e -> leaveDialog().open()));
            } else {
                toolbar.addAction(new Button(getTranslation("member.reactivate"), VaadinIcon.REFRESH.create(), e -> {
                    members.reactivate(id);
                    Notifications.success(getTranslation("member.reactivated"));
                    reload();
                }));
            }
        }
        Avatar avatar = new Avatar(m.getFullName());
        avatar.addClassName("member-detail-avatar");
        Div head = new Div(avatar, toolbar);
        head.addClassName("member-detail-head");

        Div cards = new Div(personal(m), party(m), strengths(m), exemptions(id, canManage), leaves(id, canManage),
                history(id));
        cards.addClassName("card-grid");
        add(back, head, cards);
    }

    private Component personal(Member m) {
        return card(getTranslation("member.section.personal"),
                row("member.gender", EnumLabels.of(m.getGender())),
                row("member.birthDate", Formats.date(m.getBirthDate())),
                row("member.occupation", m.getOccupation()),
                row("member.workUnit", m.getWorkUnit()),
                row("member.phone", m.getPhone()),
                row("member.email", m.getEmail()));
    }

    private Component party(Member m) {
        return card(getTranslation("member.section.party"),
                row("member.cell", m.getCell().getName()),
                row("member.position", EnumLabels.of(m.getPosition())),
                row("member.status", EnumLabels.of(m.getStatus())),
                row("member.admissionDate", Formats.date(m.getAdmissionDate())),
                row("member.officialDate", m.getStatus() == MemberStatus.DU_BI ? getTranslation("member.probationUntil",
                        Formats.date(m.getAdmissionDate() == null ? null : m.getAdmissionDate().plusMonths(12)))
                        : Formats.date(m.getOfficialDate())),
                row("member.partyCard", m.getPartyCardNumber()),
                m.isActive() ? new Div() : row("member.leftReason", m.getLeftReason()));
    }

    private Component strengths(Member m) {
        Div tags = new Div();
        tags.addClassName("tag-list");
        if (m.getStrengths().isEmpty()) {
            tags.add(new Span(getTranslation("member.noStrengths")));
        }
        m.getStrengths().forEach(s -> {
            Span tag = new Span(s);
            tag.addClassName("tag");
            tags.add(tag);
        });
        return card(getTranslation("member.strengths"), tags);
    }

    private Component exemptions(long memberId, boolean canManage) {
        Div list = new Div();
        list.addClassName("exemption-list");
        List<Exemption> all = members.exemptions(memberId);
        if (all.isEmpty()) {
            list.add(new Span(getTranslation("exemption.none")));
        }
        LocalDate today = LocalDate.now(clock);
        for (Exemption e : all) {
            Div item = new Div();
            item.addClassName("exemption-item");
            Span period = new Span(Formats.date(e.getFromDate()) + " – "
                    + (e.getToDate() == null ? getTranslation("exemption.open") : Formats.date(e.getToDate())));
            period.addClassName("exemption-period");
            Span reason = new Span(e.getReason());
            item.add(period, reason);
            if (e.coversDate(today)) {
                Span now = new Span(getTranslation("exemption.current"));
                now.addClassNames("pill", "pill-contrast");
                item.add(now);
            }
            if (canManage) {
                Div actions = new Div();
                actions.addClassName("exemption-actions");
                if (e.getToDate() == null) {
                    Button end = new Button(getTranslation("exemption.end"), ev -> endExemptionDialog(memberId, e).open());
                    end.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
                    actions.add(end);
                }
                Button delete = new Button(VaadinIcon.TRASH.create(), ev -> confirmDelete(memberId, e));
                delete.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                delete.setAriaLabel(getTranslation("action.delete"));
                actions.add(delete);
                item.add(actions);
            }
            list.add(item);
        }
        Div card = card(getTranslation("exemption.title"), list);
        if (canManage) {
            Button add = new Button(getTranslation("exemption.add"), VaadinIcon.PLUS.create(),
                    e -> addExemptionDialog(memberId).open());
            add.addThemeVariants(ButtonVariant.SMALL);
            card.add(add);
        }
        return card;
    }

    private Component leaves(long memberId, boolean canManage) {
        Div list = new Div();
        list.addClassName("exemption-list");
        var all = members.leaves(memberId);
        if (all.isEmpty()) {
            list.add(new Span(getTranslation("exemption.none")));
        }
        for (var leave : all) {
            Div item = new Div();
            item.addClassName("exemption-item");
            Span period = new Span(Formats.date(leave.getFromDate()) + " – " + Formats.date(leave.getToDate()));
            period.addClassName("exemption-period");
            item.add(period, new Span(leave.getReason()));
            if (canManage) {
                Button delete = new Button(VaadinIcon.TRASH.create(), ev -> {
                    members.deleteLeave(memberId, leave.requireId());
                    reload();
                });
                delete.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                delete.setAriaLabel(getTranslation("action.delete"));
                Div actions = new Div(delete);
                actions.addClassName("exemption-actions");
                item.add(actions);
            }
            list.add(item);
        }
        Div card = card(getTranslation("leave.title"), list);
        if (canManage) {
            Button add = new Button(getTranslation("leave.add"), VaadinIcon.PLUS.create(), e -> addLeaveDialog(memberId).open());
            add.addThemeVariants(ButtonVariant.SMALL);
            card.add(add);
        }
        return card;
    }

    private Dialog addLeaveDialog(long memberId) {
        Dialog dialog = new Dialog(getTranslation("leave.add"));
        TextField reason = new TextField(getTranslation("exemption.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setPlaceholder(getTranslation("leave.reasonPlaceholder"));
        DatePicker from = DatePickers.create(getTranslation("exemption.from"));
        from.setValue(LocalDate.now(clock));
        DatePicker to = DatePickers.create(getTranslation("exemption.to"));
        to.setValue(LocalDate.now(clock).plusMonths(1));
        Div error = errorBox();
        dialog.add(error, new Div(reason), new Div(from, to));
        Button save = new Button(getTranslation("action.save"), e -> {
            if (from.getValue() == null || to.getValue() == null) {
                error.setText(getTranslation("exemption.error.fromRequired"));
                error.setVisible(true);
                return;
            }
            try {
                members.addLeave(memberId, reason.getValue(), from.getValue(), to.getValue());
                dialog.close();
                reload();
            } catch (BusinessException ex) {
                showError(error, ex);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        return dialog;
    }

    private Component history(long memberId) {
        Div list = new Div();
        list.addClassName("history-list");
        for (MemberService.CellPeriod p : members.cellHistory(memberId)) {
            Div item = new Div(new Span(p.cellName()), new Span(Formats.date(p.from()) + " – "
                    + (p.to() == null ? getTranslation("member.history.now") : Formats.date(p.to()))));
            item.addClassName("history-item");
            if (p.note() != null) {
                item.add(new Span(p.note()));
            }
            list.add(item);
        }
        return card(getTranslation("member.history"), list);
    }

    private Dialog addExemptionDialog(long memberId) {
        Dialog dialog = new Dialog(getTranslation("exemption.add"));
        TextField reason = new TextField(getTranslation("exemption.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        DatePicker from = DatePickers.create(getTranslation("exemption.from"));
        from.setValue(LocalDate.now(clock));
        DatePicker to = DatePickers.create(getTranslation("exemption.to"));
        to.setHelperText(getTranslation("exemption.toHelp"));
        Div error = errorBox();
        dialog.add(error, new Div(reason), new Div(from, to));
        Button save = new Button(getTranslation("action.save"), e -> {
            if (from.getValue() == null) {
                from.setInvalid(true);
                from.setErrorMessage(getTranslation("exemption.error.fromRequired"));
                return;
            }
            try {
                members.addExemption(memberId, reason.getValue(), from.getValue(), to.getValue());
                dialog.close();
                Notifications.success(getTranslation("exemption.saved"));
                reload();
            } catch (BusinessException ex) {
                showError(error, ex);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        return dialog;
    }

    private Dialog endExemptionDialog(long memberId, Exemption exemption) {
        Dialog dialog = new Dialog(getTranslation("exemption.end"));
        DatePicker last = DatePickers.create(getTranslation("exemption.lastDay"));
        last.setValue(LocalDate.now(clock));
        last.setMin(exemption.getFromDate());
        Div error = errorBox();
        dialog.add(error, last);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                members.endExemption(memberId, exemption.requireId(), exemption.getVersion(), last.getValue());
                dialog.close();
                reload();
            } catch (BusinessException ex) {
                showError(error, ex);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        return dialog;
    }

    private void confirmDelete(long memberId, Exemption exemption) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("exemption.deleteTitle"),
                getTranslation("exemption.deleteText", exemption.getReason()), getTranslation("action.delete"), e -> {
                    members.deleteExemption(memberId, exemption.requireId());
                    reload();
                }, getTranslation("action.cancel"), e -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private Dialog transferDialog(long cellId) {
        Dialog dialog = new Dialog(getTranslation("member.transfer"));
        Select<OrganizationInfo> target = new Select<>();
        target.setLabel(getTranslation("member.transfer.target"));
        target.setItems(organizations.transferTargets(cellId));
        target.setItemLabelGenerator(OrganizationInfo::name);
        target.setWidthFull();
        DatePicker on = DatePickers.create(getTranslation("member.transfer.date"));
        on.setValue(LocalDate.now(clock));
        TextArea note = new TextArea(getTranslation("member.transfer.note"));
        note.setMaxLength(500);
        note.setWidthFull();
        Div error = errorBox();
        dialog.add(error, target, on, note);
        dialog.setWidth("30rem");
        dialog.setMaxWidth("100%");
        Button save = new Button(getTranslation("member.transfer.confirm"), e -> {
            if (target.getValue() == null || on.getValue() == null) {
                error.setText(getTranslation("member.transfer.incomplete"));
                error.setVisible(true);
                return;
            }
            try {
                members.transfer(member.requireId(), target.getValue().id(), on.getValue(), note.getValue());
                dialog.close();
                Notifications.success(getTranslation("member.transfer.done", target.getValue().name()));
                getUI().ifPresent(ui -> ui.navigate(MembersView.class));
            } catch (BusinessException ex) {
                showError(error, ex);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        return dialog;
    }

    private Dialog leaveDialog() {
        Dialog dialog = new Dialog(getTranslation("member.markLeft"));
        DatePicker on = DatePickers.create(getTranslation("member.leftOnLabel"));
        on.setValue(LocalDate.now(clock));
        TextField reason = new TextField(getTranslation("member.leftReason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setHelperText(getTranslation("member.leftReasonHelp"));
        Div error = errorBox();
        dialog.add(error, on, reason);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                members.markLeft(member.requireId(), member.getVersion(),
                        on.getValue() == null ? LocalDate.now(clock) : on.getValue(), reason.getValue());
                dialog.close();
                reload();
            } catch (BusinessException ex) {
                showError(error, ex);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        return dialog;
    }

    private Div errorBox() {
        Div error = new Div();
        error.addClassName("form-error");
        error.setVisible(false);
        return error;
    }

    private void showError(Div box, BusinessException e) {
        box.setText(ErrorMessages.of(e));
        box.setVisible(true);
    }

    private void reload() {
        if (member != null) {
            member = members.get(member.requireId());
            render();
        }
    }

    private Div card(String title, Component... content) {
        Div card = new Div();
        card.addClassName("card");
        card.add(new H3(title));
        card.add(content);
        return card;
    }

    private Component row(String labelKey, @Nullable String value) {
        Div row = new Div();
        row.addClassName("field-row");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("field-label");
        Span text = new Span(value == null || value.isBlank() ? "—" : value);
        text.addClassName("field-value");
        row.add(label, text);
        return row;
    }

    @Override
    public String getPageTitle() {
        return member == null ? getTranslation("members.title") : member.getFullName();
    }
}
