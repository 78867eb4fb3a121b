package dev.stockroom.storage;

import dev.stockroom.common.Page;
import dev.stockroom.common.PageRequest;
import dev.stockroom.common.Texts;
import dev.stockroom.price.InventoryItem;
import dev.stockroom.price.Price;
import dev.stockroom.price.PriceDetails;
import dev.stockroom.price.PriceRepository;
import dev.stockroom.product.ProductDetails;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.statement.PreparedBatch;

final class JdbiPriceRepository implements PriceRepository {
    private static final String SELECT = "SELECT pr.id, pr.location_id, pr.product_id, pr.details, pr.created_at,"
            + " pr.updated_at FROM prices pr";

    private static final int CHUNK = 500;

    private final JdbiTransactions tx;
    private final Dialect dialect;

    JdbiPriceRepository(JdbiTransactions tx, Dialect dialect) {
        this.tx = tx;
        this.dialect = dialect;
    }

    @Override
    public Optional<Price> find(String locationId, String productId, String priceId) {
        return tx.handle()
                .createQuery(SELECT + " WHERE pr.id = :id AND pr.location_id = :locationId AND pr.product_id = :productId"
                        + (tx.isWriting() ? dialect.forUpdate("pr") : ""))
                .bind("id", priceId)
                .bind("locationId", locationId)
                .bind("productId", productId)
                .map((rs, ctx) -> toPrice(rs))
                .findOne();
    }

    @Override
    public Page<Price> list(String locationId, String productId, List<String> ids, PageRequest page) {
        SqlFilter filter = new SqlFilter()
                .where("pr.location_id = :locationId", "locationId", locationId)
                .where("pr.product_id = :productId", "productId", productId);
        if (!ids.isEmpty()) filter.whereIn("pr.id IN :ids", "ids", ids);
        List<Price> items = filter.bind(tx.handle()
                        .createQuery(SELECT + " WHERE " + filter.sql()
                                + " ORDER BY pr.created_at, pr.id LIMIT :limit OFFSET :offset"))
                .bind("limit", page.limit())
                .bind("offset", page.offset())
                .map((rs, ctx) -> toPrice(rs))
                .list();
        long total = filter.bind(tx.handle().createQuery("SELECT count(*) FROM prices pr WHERE " + filter.sql()))
                .mapTo(Long.class)
                .one();
        return new Page<>(items, total);
    }

    @Override
    public List<String> idsOf(String locationId, String productId) {
        return tx.handle()
                .createQuery("SELECT id FROM prices WHERE location_id = :locationId AND product_id = :productId")
                .bind("locationId", locationId)
                .bind("productId", productId)
                .mapTo(String.class)
                .list();
    }

    @Override
    public Map<String, Price> findByIds(String locationId, Collection<String> priceIds) {
        Map<String, Price> found = new HashMap<>();
        List<String> ids = List.copyOf(priceIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            SqlFilter filter = new SqlFilter()
                    .where("pr.location_id = :locationId", "locationId", locationId)
                    .whereIn("pr.id IN :ids", "ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)));
            filter.bind(tx.handle().createQuery(SELECT + " WHERE " + filter.sql()
                            + (tx.isWriting() ? dialect.forUpdate("pr") : "")))
                    .map((rs, ctx) -> toPrice(rs))
                    .forEach(price -> found.put(price.id(), price));
        }
        return found;
    }

    @Override
    public List<Price> ofProducts(String locationId, Collection<String> productIds) {
        List<Price> found = new ArrayList<>();
        for (List<String> chunk : Chunks.of(productIds)) {
            SqlFilter filter = new SqlFilter()
                    .where("pr.location_id = :locationId", "locationId", locationId)
                    .whereIn("pr.product_id IN :productIds", "productIds", chunk);
            found.addAll(filter.bind(tx.handle().createQuery(SELECT + " WHERE " + filter.sql() + " ORDER BY pr.id"
                            + (tx.isWriting() ? dialect.forUpdate("pr") : "")))
                    .map((rs, ctx) -> toPrice(rs))
                    .list());
        }
        return found;
    }

    @Override
    public void lockProductsOf(String locationId, Collection<String> priceIds) {
        String lock = dialect.forUpdate("p");
        if (lock.isEmpty()) return; // SQLite: the write transaction already holds the database's write lock
        java.util.TreeSet<String> productIds = new java.util.TreeSet<>();
        for (List<String> chunk : Chunks.of(priceIds)) {
            SqlFilter filter = new SqlFilter()
                    .where("location_id = :locationId", "locationId", locationId)
                    .whereIn("id IN :ids", "ids", chunk);
            productIds.addAll(filter.bind(tx.handle().createQuery("SELECT product_id FROM prices WHERE " + filter.sql()))
                    .mapTo(String.class)
                    .list());
        }
        for (List<String> chunk : Chunks.of(productIds)) { // in id order across chunks, so lockers never cross
            SqlFilter filter = new SqlFilter()
                    .where("p.location_id = :locationId", "locationId", locationId)
                    .whereIn("p.id IN :ids", "ids", chunk);
            filter.bind(tx.handle().createQuery("SELECT p.id FROM products p WHERE " + filter.sql() + " ORDER BY p.id"
                            + lock))
                    .mapTo(String.class)
                    .list();
        }
    }

    @Override
    public Page<InventoryItem> listInventory(String locationId, String search, PageRequest page) {
        SqlFilter filter = new SqlFilter()
                .where("pr.location_id = :locationId", "locationId", locationId)
                .where("pr.track_inventory = :tracked", "tracked", 1);
        if (search != null && !search.isEmpty()) {
            // One parameter, three columns: the price's name, its sku, its product's name.
            filter.where("(" + dialect.containsSql("pr.name_folded", "search") + " OR "
                            + dialect.containsSql("pr.sku_folded", "search") + " OR "
                            + dialect.containsSql("p.name_folded", "search") + ")",
                    "search", dialect.containsArgument(Texts.fold(search)));
        }
        String from = " FROM prices pr JOIN products p ON p.id = pr.product_id WHERE " + filter.sql();
        List<InventoryItem> items = filter.bind(tx.handle()
                        .createQuery("SELECT pr.id, pr.location_id, pr.product_id, pr.details, pr.created_at,"
                                + " pr.updated_at, p.details AS product_details" + from
                                + " ORDER BY pr.created_at DESC, pr.id DESC LIMIT :limit OFFSET :offset"))
                .bind("limit", page.limit())
                .bind("offset", page.offset())
                .map((rs, ctx) -> {
                    ProductDetails product = DocumentJson.read(rs.getString("product_details"), ProductDetails.class);
                    return new InventoryItem(toPrice(rs), product.name(), product.image());
                })
                .list();
        long total = filter.bind(tx.handle().createQuery("SELECT count(*)" + from)).mapTo(Long.class).one();
        return new Page<>(items, total);
    }

    @Override
    public void insert(Price price) {
        tx.handle()
                .createUpdate("INSERT INTO prices (id, location_id, product_id, name_folded, sku_folded, track_inventory,"
                        + " available_quantity, created_at, updated_at, details, amount, compare_at_price) VALUES (:id,"
                        + " :locationId, :productId, :nameFolded, :skuFolded, :trackInventory, :availableQuantity,"
                        + " :createdAt, :updatedAt, :details, :amount, :compareAtPrice)")
                .bind("createdAt", price.createdAt().toEpochMilli())
                .bindMap(columns(price))
                .execute();
    }

    @Override
    public void update(Price price) {
        tx.handle().createUpdate(UPDATE).bindMap(columns(price)).execute();
    }

    @Override
    public void updateAll(List<Price> prices) {
        if (prices.isEmpty()) return;
        PreparedBatch batch = tx.handle().prepareBatch(UPDATE);
        for (Price price : prices) batch.bindMap(columns(price)).add();
        batch.execute();
    }

    private static final String UPDATE = "UPDATE prices SET name_folded = :nameFolded, sku_folded = :skuFolded,"
            + " track_inventory = :trackInventory, available_quantity = :availableQuantity,"
            + " updated_at = :updatedAt, details = :details, amount = :amount, compare_at_price = :compareAtPrice"
            + " WHERE id = :id AND location_id = :locationId AND product_id = :productId";

    @Override
    public void delete(String locationId, String productId, String priceId) {
        tx.handle()
                .createUpdate("DELETE FROM prices WHERE id = :id AND location_id = :locationId AND product_id = :productId")
                .bind("id", priceId)
                .bind("locationId", locationId)
                .bind("productId", productId)
                .execute();
    }

    private static Map<String, Object> columns(Price price) {
        PriceDetails details = price.details();
        Map<String, Object> columns = new HashMap<>(); // HashMap: sku and quantity may be null
        columns.put("id", price.id());
        columns.put("locationId", price.locationId());
        columns.put("productId", price.productId());
        columns.put("nameFolded", Texts.fold(details.name()));
        columns.put("skuFolded", details.sku() == null ? null : Texts.fold(details.sku()));
        columns.put("trackInventory", Boolean.TRUE.equals(details.trackInventory()) ? 1 : 0);
        columns.put("availableQuantity", details.availableQuantity());
        columns.put("updatedAt", price.updatedAt().toEpochMilli());
        columns.put("details", DocumentJson.write(details));
        // Exact decimal text: smart collection rules compare amounts without reading the document.
        columns.put("amount", details.amount() == null ? null : details.amount().toPlainString());
        columns.put("compareAtPrice", details.compareAtPrice() == null ? null : details.compareAtPrice().toPlainString());
        return columns;
    }

    private static Price toPrice(ResultSet rs) throws SQLException {
        return new Price(
                rs.getString("id"),
                rs.getString("location_id"),
                rs.getString("product_id"),
                DocumentJson.read(rs.getString("details"), PriceDetails.class),
                Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")));
    }
}
