package vn.chibo.organization.ui;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import vn.chibo.base.i18n.Translations;
import vn.chibo.base.ui.EnumLabels;
import vn.chibo.base.ui.FieldRow;
import vn.chibo.base.ui.ViewToolbar;
import vn.chibo.organization.service.OrganizationService;
import vn.chibo.security.service.AccountService;
import vn.chibo.security.service.AppUser;
import vn.chibo.security.service.CurrentUser;
import vn.chibo.security.ui.ChangePasswordView;
import vn.chibo.security.ui.LanguageInitializer;

/** The user's own account: who they are in the system, their language, a link to their member record. */
@Route("profile")
@PermitAll
public class ProfileView extends Div implements HasDynamicTitle {

    ProfileView(CurrentUser currentUser, AccountService accounts, OrganizationService organizations) {
        addClassName("page");
        AppUser user = currentUser.require();
        add(new ViewToolbar(getTranslation("profile.title"), null));

        Div card = new Div();
        card.addClassNames("card", "profile-card");
        Avatar avatar = new Avatar(user.displayName());
        avatar.addClassName("member-detail-avatar");
        card.add(avatar, new H3(user.displayName()));
        card.add(row(getTranslation("account.username"), user.username()));
        card.add(row(getTranslation("account.role"), EnumLabels.of(user.role())));
        if (user.organizationId() != null) {
            card.add(row(
                    getTranslation("account.organization"),
                    organizations.get(user.organizationId()).name()));
        }
        if (user.memberId() != null) {
            card.add(new RouterLink(getTranslation("profile.memberRecord"), MemberDetailView.class, user.memberId()));
        }
        card.add(new RouterLink(getTranslation("nav.password"), ChangePasswordView.class));

        RadioButtonGroup<Locale> language = new RadioButtonGroup<>(getTranslation("nav.language"));
        language.setItems(Translations.VIETNAMESE, Translations.ENGLISH);
        language.setItemLabelGenerator(l -> "en".equals(l.getLanguage()) ? "English" : "Tiếng Việt");
        language.setValue("en".equals(getLocale().getLanguage()) ? Translations.ENGLISH : Translations.VIETNAMESE);
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                LanguageInitializer.switchTo(accounts, e.getValue());
            }
        });
        card.add(language);
        add(card);
    }

    private static Div row(String label, String value) {
        return FieldRow.of(label, value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title");
    }
}
