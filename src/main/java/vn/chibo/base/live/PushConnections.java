package vn.chibo.base.live;

import com.vaadin.flow.spring.SpringServlet;
import org.atmosphere.cpr.ApplicationConfig;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The push connection every phone holds through a meeting. Atmosphere gives each WebSocket a byte and a character
 * buffer of Vaadin's 16,384 for reading what the client streams — 48 KB a phone, a fifth of its live session — though
 * over JSR-356 it is handed whole messages and never uses them, and the phones send over XHR anyway (WEBSOCKET_XHR).
 * They start at 1 KB here; Atmosphere grows them, up to the unchanged 16,384 maximum, if ever needed. Vaadin leaves a
 * parameter the servlet already has as it is. Tomcat's WebSocket buffers are in application.properties; its socket
 * buffers, which every open connection keeps (a push connection for the whole meeting), are set below.
 */
@Configuration(proxyBeanMethods = false)
class PushConnections {

    static final String READ_BUFFER = "1024";

    /** Tomcat's default is 8 KB each way: 16 KB of every phone's session, where a push is a few hundred bytes. */
    static final String SOCKET_BUFFER = "4096";

    @Bean
    static WebServerFactoryCustomizer<TomcatServletWebServerFactory> smallSocketBuffers() {
        return factory -> factory.addConnectorCustomizers(connector -> {
            connector.setProperty("socket.appReadBufSize", SOCKET_BUFFER);
            connector.setProperty("socket.appWriteBufSize", SOCKET_BUFFER);
        });
    }

    @Bean
    static BeanPostProcessor smallPushReadBuffers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof ServletRegistrationBean<?> servlet
                        && servlet.getServlet() instanceof SpringServlet) {
                    servlet.addInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE, READ_BUFFER);
                }
                return bean;
            }
        };
    }
}
