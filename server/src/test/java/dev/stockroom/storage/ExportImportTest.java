package dev.stockroom.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stockroom.auth.Scope;
import dev.stockroom.config.Application;
import dev.stockroom.config.ServerConfig;
import dev.stockroom.product.Products;
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

/** export then import moves a whole installation between SQLite and PostgreSQL without losing anything. */
class ExportImportTest {
    private static TestServer source;
    private static Tenant tenant;
    private static String productId;
    private static String agencyToken;
    private static byte[] original;

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
            ApiResponse asAgency = new Api(baseUrl, agencyToken)
                    .get("/products/?locationId=" + tenant.locationId() + "&limit=100");
            assertThat(asAgency.json().path("total").get(0).path("total").asLong()).isEqualTo(31);
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
