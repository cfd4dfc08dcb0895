package vn.chibo;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.chibo.base.live.PushWatch;

/**
 * The application and its page shell. Push lets a running meeting's pages show a phone's check-in as it happens
 * (base.live.LiveEvents): the server's news over a WebSocket (long polling where a proxy refuses it), the clicks as
 * ordinary requests — through the security filters each time, and re-sent once by the client after a dropped
 * connection, and a lost connection is noticed at once (PushWatch; docs/operations.md, "Bad connections").
 */
@SpringBootApplication
@Push(transport = Transport.WEBSOCKET_XHR)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/chibo.css")
public class Application implements AppShellConfigurator {
    /** Every page notices a lost Push connection at once (PushWatch). */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addInlineWithContents(Inline.Position.PREPEND, PushWatch.script(), Inline.Wrapping.JAVASCRIPT);
    }

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
