package dev.stockroom.bench;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The ceiling: a bare Jetty handler that answers every request with fixed bytes (a recorded GET product answer), with
 * no routing, auth, database, JSON or logging. It runs on the same Jetty as the server, set up the way Javalin sets
 * Jetty up (a 250-thread pool with 8 kept, no Server header, RFC 3986 URIs), so the gap between the two is the cost of
 * everything Stockroom does per request.
 *
 * <p>Usage: {@code CeilingServer PORT BODY_FILE}. Binds 127.0.0.1 only; stops on SIGTERM.
 */
public final class CeilingServer {
    private CeilingServer() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: CeilingServer PORT BODY_FILE");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        byte[] body = Files.readAllBytes(Path.of(args[1]));

        QueuedThreadPool threads = new QueuedThreadPool(250, 8, 60_000);
        threads.setName("JettyServerThreadPool");
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setUriCompliance(UriCompliance.RFC3986);
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(new FixedBody(body));
        server.start();
        System.out.println("ceiling listening on http://127.0.0.1:" + connector.getLocalPort() + " (Jetty "
                + Server.getVersion() + ", " + body.length + " bytes per answer)");

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.stop();
            } catch (Exception e) {
                e.printStackTrace();
            }
            stopped.countDown();
        }, "ceiling-shutdown"));
        stopped.await();
    }

    /** Same status, content type and body as Stockroom's GET product answer, whatever the request. */
    private static final class FixedBody extends AbstractHandler {
        private final byte[] body;

        FixedBody(byte[] body) {
            this.body = body;
        }

        @Override
        public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response)
                throws IOException {
            base.setHandled(true);
            response.setStatus(200);
            response.setContentType("application/json");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }
}
