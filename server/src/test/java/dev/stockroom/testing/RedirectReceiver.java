package dev.stockroom.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An app's redirect URI: a JDK HTTP server on a free loopback port that records every request to
 * {@code /callback} (query string included) and answers a small page. Closing stops it.
 */
public final class RedirectReceiver implements AutoCloseable {
    private final HttpServer server;
    private final BlockingQueue<URI> received = new LinkedBlockingQueue<>();

    public RedirectReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/callback", exchange -> {
            received.add(exchange.getRequestURI());
            byte[] page = "<!doctype html><title>Installed</title><p>The app received the redirect.</p>"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(page);
            }
        });
        server.start();
    }

    /** The redirect URI to register: {@code http://127.0.0.1:PORT/callback}. */
    public String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/callback";
    }

    /** The next request the redirect URI received, waiting up to 10 s; fails when none came. */
    public URI next() {
        try {
            URI uri = received.poll(10, TimeUnit.SECONDS);
            if (uri == null) throw new AssertionError("the redirect URI received no request");
            return uri;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Whether a request came that nobody took with {@link #next} yet. */
    public boolean hasPending() {
        return !received.isEmpty();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
