package dev.stockroom.http;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stockroom.config.Application;
import dev.stockroom.config.ServerConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Errors that Jetty answers by itself, before or after Javalin's routes, in HighLevel's error shape like every other
 * error: a request that arrives while the server stops, and requests Jetty cannot parse. Raw sockets, so that the
 * requests and the timing are under the test's control.
 */
class JettyErrorBodyTest {
    private static final String TYPE = "application/json";

    @Test
    void requestsArrivingOnOpenConnectionsDuringShutdownGet503InHighLevelsErrorShapeWhileTheRequestInFlightCompletes(
            @TempDir Path dataDir) throws Exception {
        Application app = Application.open(ServerConfig.defaults().withPort(0).withDataDir(dataDir), Clock.systemUTC());
        CompletableFuture<Void> closed = null;
        try {
            Application.Credentials credentials = app.bootstrapIfEmpty(c -> {}).orElseThrow();
            String auth = "Authorization: Bearer " + credentials.token() + "\r\nVersion: 2021-07-28\r\n";
            int port = app.start();
            try (Socket inFlight = connect(port); Socket idleForGet = connect(port); Socket idleForPut = connect(port)) {
                // Keep-alive connections, accepted and used before the stop.
                for (Socket idle : new Socket[] {idleForGet, idleForPut}) {
                    send(idle, "GET /stockroom/health HTTP/1.1\r\nHost: localhost\r\n\r\n");
                    assertThat(readResponse(idle).status()).isEqualTo(200);
                }
                // A create whose body has not come yet: Jetty answers 100 Continue once the handler starts reading
                // it, and from then on the request is in flight, waiting for its body.
                byte[] body = "{\"name\": \"Slow\", \"locationId\": \"%s\", \"productType\": \"DIGITAL\"}"
                        .formatted(credentials.locationId()).getBytes(StandardCharsets.UTF_8);
                send(inFlight, "POST /products/ HTTP/1.1\r\nHost: localhost\r\n" + auth + "Content-Type: application/json\r\n"
                        + "Content-Length: " + body.length + "\r\nExpect: 100-continue\r\n\r\n");
                Response proceed = readResponse(inFlight);
                assertThat(proceed.status()).as("interim answer to Expect: 100-continue").isEqualTo(100);

                closed = CompletableFuture.runAsync(app::close);
                awaitRefusingConnections(port);

                send(idleForGet, "GET /products/?locationId=" + credentials.locationId() + " HTTP/1.1\r\nHost: localhost\r\n"
                        + auth + "Accept: application/json\r\n\r\n");
                Response refusedGet = readResponse(idleForGet);
                assertThat(refusedGet.status()).isEqualTo(503);
                assertThat(refusedGet.headers().get("content-type")).startsWith(TYPE);
                assertThatJson(refusedGet.body())
                        .isEqualTo("{\"statusCode\": 503, \"message\": \"Service Unavailable\", \"error\": \"Service Unavailable\"}");

                byte[] update = "{\"name\": \"Renamed\", \"locationId\": \"%s\", \"productType\": \"DIGITAL\"}"
                        .formatted(credentials.locationId()).getBytes(StandardCharsets.UTF_8);
                send(idleForPut, "PUT /products/6578278e879ad2646715ba9c HTTP/1.1\r\nHost: localhost\r\n" + auth
                        + "Content-Type: application/json\r\nContent-Length: " + update.length + "\r\n\r\n"
                        + new String(update, StandardCharsets.UTF_8));
                Response refusedPut = readResponse(idleForPut);
                assertThat(refusedPut.status()).isEqualTo(503);
                assertThat(refusedPut.headers().get("content-type")).startsWith(TYPE);
                assertThatJson(refusedPut.body())
                        .isEqualTo("{\"statusCode\": 503, \"message\": \"Service Unavailable\", \"error\": \"Service Unavailable\"}");

                inFlight.getOutputStream().write(body);
                inFlight.getOutputStream().flush();
                Response created = readResponse(inFlight);
                assertThat(created.status()).as(created.body()).isEqualTo(201);
                assertThat(created.headers()).containsEntry("connection", "close");
            }
            closed.get(15, TimeUnit.SECONDS);
        } finally {
            if (closed == null) app.close();
        }
    }

    @Test
    void oversizedRequestHeadersGet431InHighLevelsErrorShape(@TempDir Path dataDir) throws Exception {
        try (Running server = Running.on(dataDir); Socket socket = connect(server.port())) {
            send(socket, "GET /products/ HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "a".repeat(70_000) + "\r\n\r\n");

            Response response = readResponse(socket);

            assertThat(response.status()).isEqualTo(431);
            assertThat(response.headers().get("content-type")).startsWith(TYPE);
            assertThatJson(response.body()).isEqualTo("""
                    {"statusCode": 431, "message": "Request Header Fields Too Large",
                     "error": "Request Header Fields Too Large"}""");
        }
    }

    @Test
    void unparsableRequestTargetGets400InHighLevelsErrorShape(@TempDir Path dataDir) throws Exception {
        try (Running server = Running.on(dataDir); Socket socket = connect(server.port())) {
            send(socket, "GET /products/% HTTP/1.1\r\nHost: localhost\r\n\r\n");

            Response response = readResponse(socket);

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.headers().get("content-type")).startsWith(TYPE);
            assertThatJson(response.body())
                    .isEqualTo("{\"statusCode\": 400, \"message\": \"${json-unit.any-string}\", \"error\": \"Bad Request\"}");
        }
    }

    /** A server on a free port, stopped on close. */
    private record Running(Application app, int port) implements AutoCloseable {
        static Running on(Path dataDir) {
            Application app = Application.open(ServerConfig.defaults().withPort(0).withDataDir(dataDir), Clock.systemUTC());
            return new Running(app, app.start());
        }

        @Override
        public void close() {
            app.close();
        }
    }

    private static Socket connect(int port) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        socket.setSoTimeout(15_000);
        return socket;
    }

    /** Once the stop has begun, the server no longer accepts connections. */
    private static void awaitRefusingConnections(int port) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
            } catch (ConnectException e) {
                return;
            } catch (IOException e) {
                // some other failure, which does not tell; try again
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the server still accepts connections 10 s after the stop began");
    }

    private static void send(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private record Response(int status, Map<String, String> headers, String body) {}

    /**
     * One HTTP/1.1 response with a Content-Length body, which is how Jetty sends these small answers, or an interim
     * 1xx response, which has no body.
     */
    private static Response readResponse(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        String statusLine = readLine(in);
        assertThat(statusLine).as("status line").startsWith("HTTP/1.1 ");
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line; !(line = readLine(in)).isEmpty(); ) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
        return new Response(Integer.parseInt(statusLine.substring(9, 12)), headers, body);
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b; (b = in.read()) != '\n'; ) {
            if (b == -1) throw new IOException("connection closed in the middle of a response");
            if (b != '\r') line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8);
    }
}
