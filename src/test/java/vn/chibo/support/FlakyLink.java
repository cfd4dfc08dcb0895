package vn.chibo.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A phone's network between one browser and the application: a TCP relay on a port of its own that can be cut —
 * every open connection (the page's requests and its Push WebSocket) is closed and new ones are refused — and
 * restored, as a phone that loses its signal in the meeting room and finds it again.
 */
public final class FlakyLink implements AutoCloseable {

    private final ServerSocket server;
    private final int target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean up = true;

    private FlakyLink(int target) throws IOException {
        this.target = target;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("flaky-link-" + server.getLocalPort()).start(this::accept);
    }

    /** A link to the application on {@code targetPort}; the browser goes to {@link #port()} instead. */
    public static FlakyLink to(int targetPort) {
        try {
            return new FlakyLink(targetPort);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The signal is lost: open connections end at once, new ones are closed as soon as they arrive. */
    public synchronized void cut() {
        up = false;
        open.forEach(FlakyLink::quietlyClose);
        open.clear();
    }

    /** The signal is back. */
    public synchronized void restore() {
        up = true;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket browser = server.accept();
                Socket app = new Socket(InetAddress.getLoopbackAddress(), target);
                // checked and kept under cut()'s lock: a connection arriving as the signal is cut is cut too
                if (!keep(browser, app)) {
                    continue;
                }
                pump(browser, app);
                pump(app, browser);
            } catch (IOException e) {
                // the server socket closed, or the application refused one connection: the browser retries
            }
        }
    }

    private synchronized boolean keep(Socket browser, Socket app) {
        if (!up) {
            quietlyClose(browser);
            quietlyClose(app);
            return false;
        }
        open.add(browser);
        open.add(app);
        return true;
    }

    private void pump(Socket from, Socket to) {
        Thread.ofVirtual().start(() -> {
            try (InputStream in = from.getInputStream();
                    OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // cut, or closed by either side
            } finally {
                quietlyClose(from);
                quietlyClose(to);
                open.remove(from);
                open.remove(to);
            }
        });
    }

    private static void quietlyClose(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() {
        cut();
        try {
            server.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
