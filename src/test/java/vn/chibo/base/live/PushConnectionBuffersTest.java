package vn.chibo.base.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.spring.SpringServlet;
import jakarta.websocket.server.ServerContainer;
import org.apache.catalina.connector.Connector;
import org.atmosphere.cpr.ApplicationConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.WebApplicationContext;
import vn.chibo.support.Slow;

/**
 * Every phone on the live page holds a push connection, and Atmosphere and Tomcat give each WebSocket buffers for
 * what the phone sends over it — nothing, the phones send over XHR (WEBSOCKET_XHR). At their defaults that was ~70 KB
 * of a live session's heap; the application starts them at 1 KB (a larger message still gets Atmosphere's 16 KB when
 * it comes). Checked on the real container and servlet the application runs in.
 */
@Slow
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PushConnectionBuffersTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    ServletRegistrationBean<SpringServlet> vaadin;

    @Test
    void atmosphereReadsEachPushConnectionIntoOneKilobyteBuffers() {
        // the servlet's own configuration, which Vaadin hands Atmosphere and does not override
        assertThat(vaadin.getServlet().getServletConfig().getInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE))
                .isEqualTo("1024");
        assertThat(vaadin.getServlet().getServletConfig().getInitParameter(ApplicationConfig.WEBSOCKET_MAXTEXTSIZE))
                .as("Vaadin's maximum, up to which the buffers grow if ever needed")
                .isNull();
    }

    @Test
    void tomcatsReceiveBuffersOfEachPushConnectionAreOneKilobyte() {
        ServerContainer container =
                (ServerContainer) context.getServletContext().getAttribute(ServerContainer.class.getName());
        assertThat(container).as("Tomcat's WebSocket container").isNotNull();
        assertThat(container.getDefaultMaxTextMessageBufferSize()).isEqualTo(1024);
        assertThat(container.getDefaultMaxBinaryMessageBufferSize()).isEqualTo(1024);
    }

    @Test
    void tomcatsSocketBuffersOfEachConnectionAreFourKilobytesEachWay() {
        Connector connector = ((TomcatWebServer) ((WebServerApplicationContext) context).getWebServer())
                .getTomcat()
                .getConnector();
        assertThat(String.valueOf(connector.getProperty("socket.appReadBufSize")))
                .isEqualTo("4096");
        assertThat(String.valueOf(connector.getProperty("socket.appWriteBufSize")))
                .isEqualTo("4096");
    }
}
