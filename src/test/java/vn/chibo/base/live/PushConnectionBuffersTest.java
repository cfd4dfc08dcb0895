package vn.chibo.base.live;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.websocket.server.ServerContainer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.WebApplicationContext;
import vn.chibo.support.Slow;

/**
 * Every phone on the live page holds a push connection, and Tomcat gives each WebSocket a text and a binary buffer
 * for what the phone sends over it — nothing, the phones send over XHR (WEBSOCKET_XHR). At Tomcat's defaults that was
 * 24 KB of a live session's heap; the application sizes them small (a larger message still gets Atmosphere's 16 KB
 * when it comes). Checked on the real container the application runs in.
 */
@Slow
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PushConnectionBuffersTest {

    @Autowired
    WebApplicationContext context;

    @Test
    void eachPushConnectionsReceiveBuffersAreOneKilobyte() {
        ServerContainer container =
                (ServerContainer) context.getServletContext().getAttribute(ServerContainer.class.getName());
        assertThat(container).as("Tomcat's WebSocket container").isNotNull();
        assertThat(container.getDefaultMaxTextMessageBufferSize()).isEqualTo(1024);
        assertThat(container.getDefaultMaxBinaryMessageBufferSize()).isEqualTo(1024);
    }
}
