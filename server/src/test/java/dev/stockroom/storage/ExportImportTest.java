package dev.stockroom.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockroom.auth.Scope;
import dev.stockroom.auth.Secrets;
import dev.stockroom.config.Application;
import dev.stockroom.config.ServerConfig;
import dev.stockroom.oauth.OAuthApps;
import dev.stockroom.product.Products;
import dev.stockroom.review.Reviews;
import dev.stockroom.testing.Api;
import dev.stockroom.testing.ApiResponse;
import dev.stockroom.testing.Tenant;
import dev.stockroom.testing.TestDatabases;
import dev.stockroom.testing.TestServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * export then import moves a whole installation between SQLite and PostgreSQL without losing anything (reviews, with
 * their decimal ratings, and OAuth apps, installs and tokens included).
 */
class ExportImportTest {
    private static TestServer source;
    private static Tenant tenant;
    private static String productId;
    private static String agencyToken;
    private static byte[] original;
    private static OAuthApps.RegisteredApp oauthApp;
    private static JsonNode appTokens;

    @BeforeAll
    static void fillASourceInstallation() {
        source = TestServer.start();
        tenant = source.newTenant();
        source.newLocation(tenant.companyId());
        agencyToken = source.agencyToken(tenant.companyId(), EnumSet.of(Scope.PRODUCTS_READONLY));
        String collection = tenant.api().post("/products/collections", """
                {"altId": "%s", "altType": "location", "name": "Best sellers", "seo": {"title": "Best"}}
                """.formatted(tenant.locationId())).json().path("data").path("_id").asText();
        productId = tenant.api().post("/products/", """
                {"name": "Café ☕ \\"quoted\\"", "locationId": "%s", "productType": "PHYSICAL", "collectionIds": ["%s"],
                 "variants": [{"id": "v", "name": "Size", "options": [{"id": "o", "name": "XL"}]}]}
                """.formatted(tenant.locationId(), collection)).json().path("_id").asText();
        assertThat(productId).hasSize(24);
        assertThat(tenant.api().post("/products/collections", """
                {"altId": "%s", "altType": "location", "name": "Cafés", "type": "smart",
                 "rules": {"logic": "AND", "conditions": [{"field": "variantTitle", "operator": "equals", "value": "xl"}]}}
                """.formatted(tenant.locationId())).status()).isEqualTo(201);
        List<String> others = new ArrayList<>();
        for (int i = 0; i < 30; i++) others.add(Products.create(tenant, "Product " + i));
        // Prices without and with a quantity: a nullable number column, read back in one batch.
        for (String quantity : List.of("", ", \"trackInventory\": true, \"availableQuantity\": 5")) {
            assertThat(tenant.api().post("/products/" + productId + "/price", """
                    {"name": "Cup", "type": "one_time", "currency": "USD", "amount": 2.50, "locationId": "%s"%s}
                    """.formatted(tenant.locationId(), quantity)).status()).isEqualTo(201);
        }
        // Store rows with and without a priority, in two stores.
        assertThat(tenant.api().post("/products/store/main", """
                {"altId": "%s", "altType": "location", "action": "include", "productIds": ["%s", "%s"]}
                """.formatted(tenant.locationId(), productId, others.get(3))).status()).isEqualTo(201);
        assertThat(tenant.api().post("/products/store/Outlet_2/priority", """
                {"altId": "%s", "altType": "location",
                 "products": [{"productId": "%s", "priority": 2}, {"productId": "%s", "priority": 1}]}
                """.formatted(tenant.locationId(), others.get(7), others.get(5))).status()).isEqualTo(200);
        Reviews.seed(tenant, productId, "4.5", """
                "status": "approved", "headline": "Très bien ☕", "detail": "Line one\\nline two",
                "user": {"name": "Zoë", "email": "zoe@example.com", "isCustomer": true},
                "reply": [{"headline": "", "comment": "Merci", "user": {"name": "Shop", "email": "shop@example.com"}}],
                "createdAt": "2024-01-23T09:57:04.846Z"
                """);
        Reviews.seed(tenant, productId, "3", "");
        // An agency app installed with one approved location: app, installs, tokens, a refresh token, an unused code.
        oauthApp = OAuthApps.register(source, tenant.companyId(), "Company", "https://app.example.com/cb",
                "products.readonly", "oauth.readonly", "oauth.write", "contacts.readonly");
        String scope = "products.readonly oauth.readonly oauth.write contacts.readonly";
        appTokens = OAuthApps.tokens(source.baseUrl(), oauthApp, scope, List.of(tenant.locationId()));
        OAuthApps.code(source.baseUrl(), oauthApp, scope, List.of(tenant.locationId()));
        original = export(source.dataDir(), source.database());
    }

    @AfterAll
    static void stop() {
        if (source != null) source.close();
    }

    @Test
    void exportImportIntoSqliteRoundTripsEveryRowAndTokensKeepWorking() throws IOException {
        Path target = Files.createTempDirectory("stockroom-import");
        importInto(target, null, original);

        assertThat(new String(export(target, null), StandardCharsets.UTF_8))
                .isEqualTo(new String(original, StandardCharsets.UTF_8));
        assertServedAlike(target, null);
    }

    @Test
    void exportImportIntoPostgresRoundTripsEveryRowAndTokensKeepWorking() throws IOException {
        TestDatabases.assumePostgresConfigured();
        String database = TestDatabases.newSchema();
        try {
            Path target = Files.createTempDirectory("stockroom-import");
            importInto(target, database, original);

            assertThat(new String(export(target, database), StandardCharsets.UTF_8))
                    .isEqualTo(new String(original, StandardCharsets.UTF_8));
            assertServedAlike(target, database);
        } finally {
            TestDatabases.dropSchema(database);
        }
    }

    @Test
    void theExportHoldsSecretsAndTokensAsHashesOnly() {
        String export = new String(original, StandardCharsets.UTF_8);

        assertThat(export).contains("\"table\":\"oauth_apps\"", "\"table\":\"oauth_location_installs\"",
                "\"table\":\"oauth_company_installs\"", "\"table\":\"oauth_codes\"",
                "\"table\":\"oauth_refresh_tokens\"", Secrets.hash(oauthApp.clientSecret()));
        assertThat(export).doesNotContain(oauthApp.clientSecret(), appTokens.path("access_token").asText(),
                appTokens.path("refresh_token").asText());
    }

    /**
     * Version 1 had neither the OAuth tables nor the columns smart collection rules read: those are derived from the
     * documents on import, exactly as the server writes them.
     */
    @Test
    void anExportOfVersion1StillImportsAndGetsTheColumnsRulesRead() throws IOException {
        ObjectMapper json = new ObjectMapper();
        StringBuilder version1 = new StringBuilder("{\"format\":\"stockroom-export\",\"version\":1}\n");
        for (String line : new String(original, StandardCharsets.UTF_8).split("\n")) {
            JsonNode row = json.readTree(line);
            String table = row.path("table").asText();
            if (table.isEmpty() || table.startsWith("oauth_") || !row.path("row").path("app_id").isMissingNode()
                    && !row.path("row").path("app_id").isNull()) {
                continue;
            }
            ObjectNode columns = (ObjectNode) row.path("row");
            switch (table) {
                case "tokens" -> columns.remove(List.of("app_id", "expires_at"));
                case "products" -> columns.remove(List.of("product_type", "option_names"));
                case "prices" -> columns.remove(List.of("amount", "compare_at_price"));
                case "collections" -> columns.remove(List.of("smart", "rules", "rule_hash", "rule_version", "evaluated_at"));
                default -> { }
            }
            version1.append(json.writeValueAsString(row)).append('\n');
        }
        Path target = Files.createTempDirectory("stockroom-import");

        importInto(target, null, version1.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(catalogLines(export(target, null))).isEqualTo(catalogLines(original));
        try (Application imported = open(target, null)) {
            Api api = new Api("http://127.0.0.1:" + imported.start(), tenant.token());
            ApiResponse read = api.get("/products/" + productId + "?locationId=" + tenant.locationId());
            assertThat(read.status()).as(read.toString()).isEqualTo(200);
        }
    }

    /** The export's product and price rows. */
    private static List<String> catalogLines(byte[] export) {
        return new String(export, StandardCharsets.UTF_8).lines()
                .filter(line -> line.startsWith("{\"table\":\"products\"") || line.startsWith("{\"table\":\"prices\""))
                .toList();
    }

    @Test
    void importRefusesADatabaseThatAlreadyHasData() {
        assertThatThrownBy(() -> importInto(source.dataDir(), source.database(), original))
                .hasMessageContaining("not empty");
    }

    @Test
    void importRefusesSomethingThatIsNotAnExportAndLeavesTheDatabaseEmpty() throws IOException {
        Path target = Files.createTempDirectory("stockroom-import");
        byte[] broken = (new String(original, StandardCharsets.UTF_8) + "{\"table\":\"nonsense\",\"row\":{}}\n")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> importInto(target, null, broken)).hasMessageContaining("unknown table");
        assertThat(export(target, null)).hasSizeLessThan(100); // the header only: nothing was imported
    }

    private void assertServedAlike(Path dataDir, String database) throws IOException {
        ApiResponse before = tenant.api().get("/products/" + productId + "?locationId=" + tenant.locationId());
        try (Application app = open(dataDir, database)) {
            String baseUrl = "http://127.0.0.1:" + app.start();
            ApiResponse after = new Api(baseUrl, tenant.token())
                    .get("/products/" + productId + "?locationId=" + tenant.locationId());
            assertThat(after.body()).isEqualTo(before.body());
            for (String store : List.of("main", "Outlet_2")) {
                String list = "/products/?limit=100&locationId=" + tenant.locationId() + "&storeId=" + store;
                assertThat(new Api(baseUrl, tenant.token()).get(list).body()).isEqualTo(tenant.api().get(list).body());
            }
            // Filtered by rating, which reads the rating column: a decimal rating must survive as it is.
            String reviews = "/products/reviews?altType=location&rating=4.5&altId=" + tenant.locationId();
            ApiResponse reviewsAfter = new Api(baseUrl, tenant.token()).get(reviews);
            assertThat(reviewsAfter.body()).isEqualTo(tenant.api().get(reviews).body());
            assertThat(reviewsAfter.json().path("total").asLong()).isEqualTo(1);
            ApiResponse asAgency = new Api(baseUrl, agencyToken)
                    .get("/products/?locationId=" + tenant.locationId() + "&limit=100");
            assertThat(asAgency.json().path("total").get(0).path("total").asLong()).isEqualTo(31);
            // The app's tokens, refresh token and client secret keep working, and its installs are the same.
            Api appAgency = new Api(baseUrl, appTokens.path("access_token").asText());
            String installed = "/oauth/installedLocations?companyId=" + tenant.companyId() + "&appId=" + oauthApp.appId();
            assertThat(appAgency.get(installed).body())
                    .isEqualTo(new Api(source.baseUrl(), appTokens.path("access_token").asText()).get(installed).body());
            assertThat(appAgency.get("/products/?locationId=" + tenant.locationId()).status()).isEqualTo(200);
            ApiResponse refreshed = OAuthApps.refresh(baseUrl, oauthApp, appTokens.path("refresh_token").asText());
            assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
            assertThat(refreshed.json().path("approvedLocations").toString())
                    .isEqualTo("[\"" + tenant.locationId() + "\"]");
        }
    }

    private static byte[] export(Path dataDir, String database) {
        try (Application app = open(dataDir, database)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            app.exportTo(out);
            return out.toByteArray();
        }
    }

    private static void importInto(Path dataDir, String database, byte[] export) {
        try (Application app = open(dataDir, database)) {
            app.importFrom(new ByteArrayInputStream(export));
        }
    }

    private static Application open(Path dataDir, String database) {
        return Application.open(
                ServerConfig.defaults().withPort(0).withDataDir(dataDir).withDatabase(database), Clock.systemUTC());
    }
}
