package vn.chibo.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import vn.chibo.base.ui.Notifications;
import vn.chibo.base.ui.PlainDialog;
import vn.chibo.meeting.service.CalendarFeedService;

/** The personal calendar feed: show the secret address, make a new one, or revoke it. */
class SubscribeDialog extends PlainDialog {

    private final CalendarFeedService feeds;
    private final String baseUrl;
    private final TextField address = new TextField();

    SubscribeDialog(CalendarFeedService feeds, String baseUrl) {
        this.feeds = feeds;
        this.baseUrl = baseUrl;
        setHeaderTitle(getTranslation("calendar.subscribe"));
        setWidth("40rem");
        setMaxWidth("100%");
        address.setLabel(getTranslation("feed.address"));
        address.setReadOnly(true);
        address.setWidthFull();
        address.setHelperText(getTranslation("feed.secret"));
        add(new Paragraph(getTranslation("feed.help")), address);
        Button create = new Button(
                getTranslation("feed.new"),
                e -> attempt(() -> {
                    show(feeds.newToken());
                    Notifications.success(getTranslation("feed.created"));
                }));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        Button revoke = new Button(getTranslation("feed.revoke"), e -> {
            feeds.revokeMine();
            address.clear();
            Notifications.success(getTranslation("feed.revoked"));
        });
        revoke.addThemeVariants(ButtonVariant.ERROR);
        getFooter().add(revoke, create);
        feeds.myToken().ifPresent(this::show);
    }

    private void show(String token) {
        address.setValue(baseUrl + "/ical/" + token + ".ics");
    }
}
