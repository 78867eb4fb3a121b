package dev.stockroom.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockroom.common.PageRequest;
import dev.stockroom.product.Product;
import dev.stockroom.product.ProductDetails;
import dev.stockroom.product.ProductQuery;
import dev.stockroom.product.ProductType;
import dev.stockroom.product.SortOrder;
import dev.stockroom.tenant.Company;
import dev.stockroom.tenant.Location;
import dev.stockroom.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Product-name search: substring semantics on both backends, and served by the trigram index, not a scan. */
class ProductSearchIndexTest {
    private static final String LOCATION = "LocationForSearch001";
    private static final int PRODUCTS = 4_000;

    @Test
    void sqliteSearchMatchesSubstringsAndUsesTheTrigramTable() throws IOException {
        Path dir = Files.createTempDirectory("stockroom-search");
        try (Database database = Database.openSqlite(dir, 2)) {
            seed(database);
            assertSearchSemantics(database);
            String plan = explain(database, "wizard");
            assertThat(plan).contains("products_name_fts");
            assertThat(explain(database, "wi")).doesNotContain("products_name_fts"); // too short for trigrams
        }
    }

    @Test
    void renamingAProductMovesItInTheSearchIndexAndOtherUpdatesKeepItFindable() throws IOException {
        try (Database database = Database.openSqlite(Files.createTempDirectory("stockroom-search"), 2)) {
            seed(database);
            Product hat = database.transactions().read(() -> database.products().findById(LOCATION, id(0))).orElseThrow();

            update(database, hat, hat.details().toBuilder().description("same name").build());
            assertThat(total(database, "wizard-0 hat")).isEqualTo(1);

            update(database, hat, hat.details().toBuilder().name("Sombrero").build());
            assertThat(total(database, "sombrero")).isEqualTo(1);
            assertThat(total(database, "wizard-0 hat")).isZero();
        }
    }

    private static void update(Database database, Product product, ProductDetails details) {
        database.transactions().write(() -> database.products().update(new Product(product.id(), LOCATION, details,
                product.collectionIds(), product.createdAt(), product.updatedAt())));
    }

    private static String id(int i) {
        return String.format("%024x", i + 1);
    }

    @Test
    void postgresSearchMatchesSubstringsAndUsesTheTrigramIndex() {
        TestDatabases.assumePostgresConfigured();
        String url = TestDatabases.newSchema();
        try (Database database = Database.openPostgres(PostgresUrl.parse(url), 2)) {
            seed(database);
            assertSearchSemantics(database);
            // As autovacuum would: flush the GIN pending list and gather statistics. On a table this small a scan is
            // cheapest; with scans priced out, the plan shows that the index serves the search.
            TestDatabases.execute(url, "VACUUM ANALYZE products");
            JdbiTransactions tx = (JdbiTransactions) database.transactions();
            String plan = tx.read(() -> {
                tx.handle().execute("SET LOCAL enable_seqscan = off");
                return explain(database, "wizard-9");
            });
            assertThat(plan).contains("products_name_trgm");
        } finally {
            TestDatabases.dropSchema(url);
        }
    }

    private static void seed(Database database) {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        database.transactions().write(() -> {
            database.tenants().insertCompany(new Company("CompanyForSearch0001", "c", now));
            database.tenants().insertLocation(new Location(LOCATION, "CompanyForSearch0001", "l", now));
            for (int i = 0; i < PRODUCTS; i++) {
                String name = switch (i % 4) {
                    case 0 -> "Wizard-" + i + " Hat";
                    case 1 -> "Plain mug " + i;
                    case 2 -> "Café crème " + i;
                    default -> "100% cotton_shirt! \"" + i + "\"";
                };
                String id = id(i);
                ProductDetails details = ProductDetails.builder(name, ProductType.PHYSICAL)
                        .slug("p-" + i)
                        .build();
                database.products().insert(new Product(id, LOCATION, details, List.of(), now, now));
            }
        });
    }

    private static void assertSearchSemantics(Database database) {
        assertThat(total(database, "WIZARD-4 hat")).isEqualTo(1); // Wizard-4 Hat only, not Wizard-44 Hat; case-insensitive
        assertThat(total(database, "wizard")).isEqualTo(PRODUCTS / 4);
        assertThat(total(database, "crème")).isEqualTo(PRODUCTS / 4);
        assertThat(total(database, "é")).isEqualTo(PRODUCTS / 4); // one character: no trigram, still found
        assertThat(total(database, "0% c")).isEqualTo(PRODUCTS / 4); // % is literal
        assertThat(total(database, "n_s")).isEqualTo(PRODUCTS / 4); // _ is literal
        assertThat(total(database, "! \"1")).isGreaterThan(0); // quotes and ! are literal
        assertThat(total(database, "nothing like this")).isZero();
    }

    private static long total(Database database, String search) {
        return database.transactions()
                .read(() -> database.products().list(LOCATION, query(search)))
                .total();
    }

    private static String explain(Database database, String search) {
        JdbiProductRepository products = (JdbiProductRepository) database.products();
        return database.transactions().read(() -> products.explainCount(LOCATION, query(search)));
    }

    private static ProductQuery query(String search) {
        return new ProductQuery(
                search, List.of(), null, List.of(), null, null, null, null, SortOrder.DESC, new PageRequest(20, 0));
    }
}
