package dev.stockroom.bench;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A step between the ceiling and the server: Javalin 6, as Stockroom configures its HTTP side (no banner, JSON default
 * content type, trailing slashes ignored), with one route {@code GET /products/{productId}} answering the same fixed
 * bytes. The gap between the ceiling and this is Javalin's own cost; the gap between this and the server is
 * Stockroom's (auth, database, JSON, access log).
 *
 * <p>Usage: {@code JavalinFloor PORT BODY_FILE}. Binds 127.0.0.1 only; stops on SIGTERM.
 */
public final class JavalinFloor {
    private JavalinFloor() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: JavalinFloor PORT BODY_FILE");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        byte[] body = Files.readAllBytes(Path.of(args[1]));
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.defaultContentType = "application/json";
            config.router.ignoreTrailingSlashes = true;
        });
        app.get("/products/{productId}", ctx -> ctx.contentType("application/json").result(body));
        app.start("127.0.0.1", port);
        System.out.println("javalin floor listening on http://127.0.0.1:" + app.port() + " (" + body.length
                + " bytes per answer)");

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            stopped.countDown();
        }, "floor-shutdown"));
        stopped.await();
    }
}
