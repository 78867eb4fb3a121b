package dev.stockroom.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Grows a location's catalog fast, with rows shaped exactly like the server's own: product 0 and its price are
 * created through the API and are the templates; every seeded product and price is a copy of their rows (same
 * columns as the migrations define, the same JSON documents) with the id, name, slug, times and amount replaced.
 * Names are the {@link Seeder}'s (ADJECTIVE MATERIAL NOUN i); product i gets one price of {@code amount(i)} USD, and
 * every third price tracks inventory with {@code i % 20} in stock.
 */
final class CatalogSeeder {
    private static final int BATCH = 1000;

    private final String jdbcUrl;
    private final String templateProductId;
    private final String templatePriceId;
    private int seeded = 1; // product 0 is the template

    CatalogSeeder(String jdbcUrl, String templateProductId, String templatePriceId) {
        this.jdbcUrl = jdbcUrl;
        this.templateProductId = templateProductId;
        this.templatePriceId = templatePriceId;
    }

    static String amount(int i) {
        return (i % 100) + (i % 2 == 0 ? ".99" : "");
    }

    /** Ids of products 1 to count - 1 (seeded ones), in order. */
    List<String> productIds() {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i < seeded; i++) ids.add(id(templateProductId, "5eed5eed5e", i));
        return ids;
    }

    int size() {
        return seeded;
    }

    /** Grows the catalog to {@code count} products, in one transaction. */
    void growTo(int count) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
            connection.setAutoCommit(false);
            String[] product = row(connection, "products", templateProductId,
                    "location_id, created_at, details, product_type");
            String[] price = row(connection, "prices", templatePriceId, "location_id, created_at, details");
            try (PreparedStatement products = connection.prepareStatement("INSERT INTO products (id, location_id, slug,"
                            + " name_folded, available_in_store, created_at, updated_at, details, product_type)"
                            + " VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?)");
                    PreparedStatement prices = connection.prepareStatement("INSERT INTO prices (id, location_id,"
                            + " product_id, name_folded, sku_folded, track_inventory, available_quantity, created_at,"
                            + " updated_at, details, amount) VALUES (?, ?, ?, 'standard', NULL, ?, ?, ?, ?, ?, ?)")) {
                for (int i = seeded; i < count; i++) {
                    String id = id(templateProductId, "5eed5eed5e", i);
                    String name = Seeder.name(i);
                    String slug = name.toLowerCase().replace(' ', '-');
                    long created = Long.parseLong(product[1]) + i;
                    products.setString(1, id);
                    products.setString(2, product[0]);
                    products.setString(3, slug);
                    products.setString(4, name.toLowerCase());
                    products.setLong(5, created);
                    products.setLong(6, created);
                    products.setString(7, product[2]
                            .replace("\"Template 0\"", "\"" + name + "\"")
                            .replace("\"template-0\"", "\"" + slug + "\""));
                    products.setString(8, product[3]);
                    products.addBatch();
                    boolean tracked = i % 3 == 0;
                    prices.setString(1, id(templatePriceId, "bea7bea7be", i));
                    prices.setString(2, price[0]);
                    prices.setString(3, id);
                    prices.setInt(4, tracked ? 1 : 0);
                    if (tracked) prices.setLong(5, i % 20);
                    else prices.setNull(5, java.sql.Types.BIGINT);
                    prices.setLong(6, created);
                    prices.setLong(7, created);
                    prices.setString(8, price[2]
                            .replace("\"amount\":10,", "\"amount\":" + amount(i) + ",")
                            .replace("\"trackInventory\":false", "\"trackInventory\":" + tracked)
                            .replace("\"availableQuantity\":null", "\"availableQuantity\":" + (tracked ? i % 20 : null)));
                    prices.setString(9, amount(i));
                    prices.addBatch();
                    if ((i - seeded) % BATCH == BATCH - 1) {
                        products.executeBatch();
                        prices.executeBatch();
                    }
                }
                products.executeBatch();
                prices.executeBatch();
            }
            connection.commit();
        }
        seeded = Math.max(seeded, count);
    }

    private static String[] row(Connection connection, String table, String id, String columns) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT " + columns + " FROM " + table + " WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) throw new IllegalStateException("template " + table + " row " + id + " not found");
                String[] values = new String[rs.getMetaData().getColumnCount()];
                for (int c = 0; c < values.length; c++) values[c] = rs.getString(c + 1);
                return values;
            }
        }
    }

    /** The template's first 4 bytes (seconds), 5 fixed bytes no server draws in practice, i in 3 bytes. */
    private static String id(String template, String fixed, int i) {
        return template.substring(0, 8) + fixed + String.format("%06x", i);
    }
}
