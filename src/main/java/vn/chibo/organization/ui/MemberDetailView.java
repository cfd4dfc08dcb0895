package vn.chibo.organization.ui;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.ui.EnumLabels;
import vn.chibo.base.ui.Formats;
import vn.chibo.base.ui.Notifications;
import vn.chibo.base.ui.ViewToolbar;
import vn.chibo.organization.domain.Member;
import vn.chibo.organization.service.AccessPolicy;
import vn.chibo.organization.service.MemberLinks;
import vn.chibo.organization.service.MemberService;
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

        ViewToolbar toolbar = new ViewToolbar(
                m.getFullName(),
                EnumLabels.of(m.getPosition()) + " · "
                        + EnumLabels.of(m.getStatus())
                        + (m.isActive() ? "" : " · " + getTranslation("members.leftOn", Formats.date(m.getLeftOn()))));
        // the member's record of meetings lives in the minutes feature: reached by its route
        toolbar.addAction(new Anchor(MemberLinks.history(id), getTranslation("member.history")));
        if (canManage) {
            long cellId = m.getCell().requireId();
            Button edit = new Button(
                    getTranslation("action.edit"),
                    VaadinIcon.EDIT.create(),
                    e -> new MemberFormDialog(members, clock, cellId, members.get(id), saved -> reload()).open());
            edit.addThemeVariants(ButtonVariant.PRIMARY);
            toolbar.addAction(edit);
            if (m.isActive()) {
                toolbar.addAction(new Button(
                        getTranslation("member.transfer"),
                        VaadinIcon.EXCHANGE.create(),
                        e -> new TransferDialog(
                                        members,
                                        organizations,
                                        clock,
                                        id,
                                        cellId,
                                        () -> getUI().ifPresent(ui -> ui.navigate(MembersView.class)))
                                .open()));
                toolbar.addAction(new Button(
                        getTranslation("member.markLeft"),
                        VaadinIcon.SIGN_OUT.create(),
                        e -> new MarkLeftDialog(members, clock, m, this::reload).open()));
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

        Div cards = new Div(
                new PersonalCard(m),
                new PartyCard(m),
                new StrengthsCard(m),
                new ExemptionsCard(members, clock, id, canManage, this::reload),
                new LeavesCard(members, clock, id, canManage, this::reload),
                new CellHistoryCard(members.cellHistory(id)));
        cards.addClassName("card-grid");
        add(back, head, cards);
    }

    private void reload() {
        if (member != null) {
            member = members.get(member.requireId());
            render();
        }
    }

    @Override
    public String getPageTitle() {
        return member == null ? getTranslation("members.title") : member.getFullName();
    }
}
