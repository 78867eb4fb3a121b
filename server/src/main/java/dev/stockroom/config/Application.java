package dev.stockroom.config;

import dev.stockroom.auth.AccessPolicy;
import dev.stockroom.auth.TokenService;
import dev.stockroom.bulk.BulkEditService;
import dev.stockroom.bulk.BulkUpdateService;
import dev.stockroom.collection.CollectionService;
import dev.stockroom.collection.SmartMemberships;
import dev.stockroom.http.HttpApp;
import dev.stockroom.oauth.AppService;
import dev.stockroom.oauth.AuthorizationService;
import dev.stockroom.oauth.InstalledLocationsService;
import dev.stockroom.oauth.LocationTokenService;
import dev.stockroom.oauth.OAuthLifetimes;
import dev.stockroom.oauth.OAuthStore;
import dev.stockroom.oauth.TokenGrantService;
import dev.stockroom.price.InventoryService;
import dev.stockroom.price.PriceService;
import dev.stockroom.product.ProductService;
import dev.stockroom.review.ReviewService;
import dev.stockroom.storage.Database;
import dev.stockroom.storage.PostgresUrl;
import dev.stockroom.store.StoreService;
import dev.stockroom.tenant.TenantService;
import io.javalin.Javalin;
import dev.stockroom.auth.Scope;
import dev.stockroom.tenant.Company;
import dev.stockroom.tenant.Location;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;

/** The composition root: opens the database, wires the services, serves HTTP. Closing stops all of it. */
public final class Application implements AutoCloseable {
    private final Database database;
    private final TenantService tenants;
    private final TokenService tokens;
    private final ReviewService reviews;
    private final OAuthStore oauthStore;
    private final AppService apps;
    private final ServerConfig config;
    private final Clock clock;
    private Javalin http;

    private Application(ServerConfig config, Database database, Clock clock) {
        this.config = config;
        this.database = database;
        this.clock = clock;
        this.tenants = new TenantService(database.tenants(), database.transactions(), clock);
        this.tokens = new TokenService(database.tokens(), database.tenants(), database.transactions(), clock);
        this.reviews = new ReviewService(database.reviews(), database.transactions(), clock);
        this.oauthStore = new OAuthStore(database.apps(), database.installs(), database.grants(), database.tokens(),
                database.tenants(), database.transactions());
        this.apps = new AppService(oauthStore, clock);
    }

    /** Opens (and migrates) the database of {@code config}; does not serve HTTP yet. */
    public static Application open(ServerConfig config, Clock clock) {
        Database database = config.database() == null
                ? Database.openSqlite(config.dataDir(), config.poolSize())
                : Database.openPostgres(PostgresUrl.parse(config.database()), config.poolSize());
        return new Application(config, database, clock);
    }

    public TenantService tenants() {
        return tenants;
    }

    public TokenService tokens() {
        return tokens;
    }

    /** Reviews, which the command line seeds (HighLevel's API cannot create them). */
    public ReviewService reviews() {
        return reviews;
    }

    /** Marketplace apps, which the command line registers and uninstalls. */
    public AppService apps() {
        return apps;
    }

    /** What the first start creates. */
    public record Credentials(String companyId, String locationId, String token) {}

    /**
     * On an empty database, creates one company, one location and a token holding every Products scope, and hands
     * them to {@code keep} inside the same transaction, so that a crash leaves either all of it or none.
     */
    public Optional<Credentials> bootstrapIfEmpty(Consumer<Credentials> keep) {
        return database.transactions().write(() -> {
            database.tenants().lockForBootstrap();
            if (database.tenants().anyCompanyExists()) return Optional.<Credentials>empty();
            Company company = tenants.createCompany("Default company");
            Location location = tenants.createLocation(company.id(), "Default location");
            String token = tokens.issueForLocation(location.id(), Scope.products());
            Credentials credentials = new Credentials(company.id(), location.id(), token);
            keep.accept(credentials);
            return Optional.of(credentials);
        });
    }

    /** Writes the whole installation as JSON lines; returns the number of rows. */
    public long exportTo(java.io.OutputStream out) {
        return database.transfer().exportTo(out);
    }

    /** Reads an export into this (empty) database in one transaction; returns the number of rows. */
    public long importFrom(java.io.InputStream in) {
        return database.transfer().importFrom(in);
    }

    /** Starts serving HTTP; returns the port actually bound (useful with port 0). */
    public int start() {
        SmartMemberships smart = new SmartMemberships(database.smartCollections());
        ProductService products = new ProductService(database.products(), smart, database.transactions(), clock);
        PriceService prices =
                new PriceService(database.prices(), database.products(), smart, database.transactions(), clock);
        HttpApp.Services services = new HttpApp.Services(
                products,
                prices,
                new InventoryService(database.prices(), smart, database.transactions(), clock),
                new CollectionService(database.collections(), smart, database.products(), database.transactions(), clock),
                new StoreService(database.stores(), database.transactions()),
                reviews,
                new BulkUpdateService(database.products(), database.prices(), database.collections(), smart,
                        database.transactions(), clock),
                new BulkEditService(
                        products, prices, database.products(), database.prices(), smart, database.transactions()),
                tokens,
                new AccessPolicy(database.tenants(), database.appLocations(), database.transactions()),
                oauthServices(),
                database::isHealthy);
        http = HttpApp.create(services, config.shutdownGrace()).start(config.host(), config.port());
        return http.port();
    }

    private HttpApp.OAuth oauthServices() {
        OAuthLifetimes lifetimes = config.oauth();
        return new HttpApp.OAuth(
                apps,
                new AuthorizationService(oauthStore, lifetimes, clock),
                new TokenGrantService(oauthStore, lifetimes, clock),
                new LocationTokenService(oauthStore, lifetimes, clock),
                new InstalledLocationsService(oauthStore));
    }

    /** Stops accepting requests, lets in-flight ones finish, then closes the database. */
    @Override
    public void close() {
        if (http != null) http.stop();
        database.close();
    }
}
