package dev.stockroom.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.stockroom.auth.AccessPolicy;
import dev.stockroom.auth.TokenService;
import dev.stockroom.bulk.BulkEditService;
import dev.stockroom.bulk.BulkUpdateService;
import dev.stockroom.collection.CollectionService;
import dev.stockroom.oauth.AppService;
import dev.stockroom.oauth.AuthorizationService;
import dev.stockroom.oauth.InstalledLocationsService;
import dev.stockroom.oauth.LocationTokenService;
import dev.stockroom.oauth.TokenGrantService;
import dev.stockroom.price.InventoryService;
import dev.stockroom.price.PriceService;
import dev.stockroom.product.ProductService;
import dev.stockroom.store.StoreService;
import dev.stockroom.review.ReviewService;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.server.handler.StatisticsHandler;
import org.eclipse.jetty.util.component.LifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the Javalin application: routes, auth, errors, limits and the access log. */
public final class HttpApp {
    private static final Logger ACCESS_LOG = LoggerFactory.getLogger("stockroom.access");

    private HttpApp() {}

    /** The services the routes call. */
    public record Services(
            ProductService products,
            PriceService prices,
            InventoryService inventory,
            CollectionService collections,
            StoreService stores,
            ReviewService reviews,
            BulkUpdateService bulkUpdate,
            BulkEditService bulkEdit,
            TokenService tokens,
            AccessPolicy access,
            OAuth oauth,
            BooleanSupplier databaseHealthy) {}

    /** The OAuth services: app registration, the authorization page, and HighLevel's three OAuth operations. */
    public record OAuth(
            AppService apps,
            AuthorizationService authorizations,
            TokenGrantService grants,
            LocationTokenService locationTokens,
            InstalledLocationsService installedLocations) {}

    public static Javalin create(Services services, Duration shutdownGrace) {
        ObjectMapper json = JsonMapper.builder()
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN) // amounts: 100, never 1E+2
                .build();
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(json, false));
            config.http.maxRequestSize = Limits.BODY_BYTES;
            config.http.defaultContentType = "application/json";
            config.router.ignoreTrailingSlashes = true;
            // Path only: the query may carry ids, the headers the token; neither belongs in a log.
            config.requestLogger.http((ctx, ms) -> ACCESS_LOG.info(
                    "{} {} {} {}ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms * 10) / 10.0));
            // Jetty's per-connection header cache matches values without case by default, so on a kept-alive
            // connection "Bearer PIT-..." would be handed over as the "Bearer pit-..." sent before it.
            config.jetty.modifyHttpConfiguration(http -> {
                http.setHeaderCacheCaseSensitive(true);
                // Room for a thousand ids as productIds[]=... (the largest list page), which Jetty's 8 KiB default refuses.
                http.setRequestHeaderSize(Limits.REQUEST_HEADER_BYTES);
            });
            config.jetty.modifyServer(server -> {
                StatisticsHandler statistics = new StatisticsHandler();
                statistics.setHandler(server.getHandler());
                server.setHandler(statistics);
                server.setErrorHandler(new JettyErrors());
                // Graceful stop: Jetty waits for in-flight requests (tracked by StatisticsHandler) up to the grace.
                // Only once started: Javalin stops a server that failed to start, and a graceful stop of a server
                // that never started fails in turn and hides why it did not start (a port in use, say).
                server.addEventListener(new LifeCycle.Listener() {
                    @Override
                    public void lifeCycleStarted(LifeCycle event) {
                        server.setStopTimeout(shutdownGrace.toMillis());
                    }
                });
            });
        });
        app.beforeMatched(new AuthHandler(services.tokens()));
        app.beforeMatched(Requests::requireDecodableQuery); // after auth: a caller without a token learns nothing
        ErrorMapper.register(app);
        app.get("/stockroom/health", ctx -> {
            boolean healthy = services.databaseHealthy().getAsBoolean();
            ctx.status(healthy ? 200 : 503).json(new Health(healthy ? "ok" : "database unavailable"));
        });
        // Fixed paths before {productId}, which would match them too.
        LocationAccess access = new LocationAccess(services.access());
        new CollectionRoutes(services.collections(), access).register(app);
        new StoreRoutes(services.stores(), access).register(app);
        new PriceRoutes(services.prices(), access).register(app);
        new InventoryRoutes(services.inventory(), access).register(app);
        new ReviewRoutes(services.reviews(), access).register(app);
        new BulkRoutes(services.bulkUpdate(), services.bulkEdit(), access).register(app);
        new ProductRoutes(services.products(), access).register(app);
        OAuth oauth = services.oauth();
        new OAuthRoutes(oauth.grants(), oauth.locationTokens(), oauth.installedLocations()).register(app);
        new AuthorizationRoutes(oauth.authorizations()).register(app);
        new AppRoutes(oauth.apps()).register(app);
        return app;
    }

    record Health(String status) {}
}
