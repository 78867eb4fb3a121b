package dev.stockroom.product;

import dev.stockroom.common.ObjectIds;
import dev.stockroom.price.Price;
import dev.stockroom.price.PriceDetails;
import dev.stockroom.price.PriceType;
import dev.stockroom.storage.Database;
import dev.stockroom.testing.TestServer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Fixtures: large catalogs written straight to a server's database, thousands of rows in one transaction. */
final class Catalogs {
    private Catalogs() {}

    /** Creates {@code count} products with one USD price of 10 each; returns their ids. */
    static List<String> seed(TestServer server, String locationId, int count) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        PriceDetails price = new PriceDetails("Price", PriceType.ONE_TIME, "USD", BigDecimal.TEN, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        List<String> ids = new ArrayList<>();
        try (Database database = server.openDatabase()) {
            database.transactions().write(() -> {
                for (int i = 0; i < count; i++) {
                    String id = ObjectIds.generate(now);
                    ProductDetails details = ProductDetails.builder("Product " + i, ProductType.PHYSICAL)
                            .slug("product-" + i)
                            .build();
                    database.products().insert(new Product(id, locationId, details, List.of(), now, now));
                    database.prices().insert(new Price(ObjectIds.generate(now), locationId, id, price, now, now));
                    ids.add(id);
                }
            });
        }
        return ids;
    }
}
