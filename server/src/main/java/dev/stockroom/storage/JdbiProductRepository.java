package dev.stockroom.storage;

import dev.stockroom.common.Page;
import dev.stockroom.common.Texts;
import dev.stockroom.product.Product;
import dev.stockroom.product.ProductDetails;
import dev.stockroom.product.ProductQuery;
import dev.stockroom.product.ProductRepository;
import dev.stockroom.product.SortOrder;
import dev.stockroom.product.Variant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

final class JdbiProductRepository implements ProductRepository {
    private final JdbiTransactions tx;
    private final Dialect dialect;
    private final String selectProduct;

    JdbiProductRepository(JdbiTransactions tx, Dialect dialect) {
        this.tx = tx;
        this.dialect = dialect;
        // Memberships come with the row in the same statement, so a product is read in one indexed lookup.
        this.selectProduct = "SELECT p.id, p.location_id, p.details, p.created_at, p.updated_at, (SELECT "
                + dialect.stringAggregate() + "(pc.collection_id, ',' ORDER BY pc.seq) FROM product_collections pc"
                + " WHERE pc.location_id = p.location_id AND pc.product_id = p.id) AS collection_ids FROM products p";
    }

    @Override
    public Optional<Product> findById(String locationId, String productId) {
        return tx.handle()
                .createQuery(selectProduct + " WHERE p.id = :id AND p.location_id = :locationId" + lockIfWriting())
                .bind("id", productId)
                .bind("locationId", locationId)
                .map((rs, ctx) -> toProduct(rs))
                .findOne();
    }

    @Override
    public Optional<Product> findBySlug(String locationId, String slug) {
        return tx.handle()
                .createQuery(selectProduct + " WHERE p.location_id = :locationId AND p.slug = :slug" + lockIfWriting())
                .bind("locationId", locationId)
                .bind("slug", slug)
                .map((rs, ctx) -> toProduct(rs))
                .findOne();
    }

    private String lockIfWriting() {
        return tx.isWriting() ? dialect.forUpdate("p") : "";
    }

    @Override
    public Page<Product> list(String locationId, ProductQuery query) {
        SqlFilter filter = ProductFilter.of(dialect, locationId, query);
        String direction = query.sortOrder() == SortOrder.ASC ? "ASC" : "DESC";
        String order = "p.created_at " + direction + ", p.id " + direction;
        String join = "";
        if (query.storeId() != null) {
            // The store's display order first: lower priorities first, products without one after them.
            join = " LEFT JOIN store_products o ON o.location_id = p.location_id AND o.store_id = :orderStoreId"
                    + " AND o.product_id = p.id";
            order = "o.priority ASC NULLS LAST, " + order;
        }
        // The page is chosen on key columns first; only its rows are then read whole (document and collections),
        // not every match of a broad search.
        String page = "SELECT p.seq FROM products p" + join + " WHERE " + filter.sql() + " ORDER BY " + order
                + " LIMIT :limit OFFSET :offset";
        Query statement = filter.bind(tx.handle()
                .createQuery(selectProduct + join + " WHERE p.seq IN (" + page + ") ORDER BY " + order));
        if (query.storeId() != null) statement.bind("orderStoreId", query.storeId());
        List<Product> items = statement
                .bind("limit", query.page().limit())
                .bind("offset", query.page().offset())
                .map((rs, ctx) -> toProduct(rs))
                .list();
        long total = filter.bind(tx.handle().createQuery(countSql(filter))).mapTo(Long.class).one();
        return new Page<>(items, total);
    }

    @Override
    public List<String> selectIds(String locationId, ProductQuery query) {
        if (query.productIds().size() <= Chunks.SIZE) {
            SqlFilter filter = ProductFilter.of(dialect, locationId, query);
            return filter.bind(tx.handle()
                            .createQuery("SELECT p.id FROM products p WHERE " + filter.sql() + " ORDER BY p.id"
                                    + lockIfWriting()))
                    .mapTo(String.class)
                    .list();
        }
        List<String> ids = new ArrayList<>();
        for (List<String> chunk : Chunks.of(query.productIds())) ids.addAll(selectIds(locationId, withProductIds(query, chunk)));
        Collections.sort(ids);
        return ids;
    }

    private static ProductQuery withProductIds(ProductQuery query, List<String> productIds) {
        return new ProductQuery(query.search(), query.collectionIds(), query.collectionSlug(), productIds,
                query.availableInStore(), query.productType(), query.storeId(), query.includedInStore(),
                query.sortOrder(), query.page());
    }

    @Override
    public Map<String, Product> findByIds(String locationId, Collection<String> productIds) {
        Map<String, Product> found = new LinkedHashMap<>();
        for (List<String> chunk : Chunks.of(productIds)) {
            SqlFilter filter = new SqlFilter()
                    .where("p.location_id = :locationId", "locationId", locationId)
                    .whereIn("p.id IN :ids", "ids", chunk);
            filter.bind(tx.handle().createQuery(selectProduct + " WHERE " + filter.sql() + " ORDER BY p.id"
                            + lockIfWriting()))
                    .map((rs, ctx) -> toProduct(rs))
                    .forEach(product -> found.put(product.id(), product));
        }
        return found;
    }

    /** The database's plan for counting the products a query matches: tests check that search uses its index. */
    String explainCount(String locationId, ProductQuery query) {
        SqlFilter filter = ProductFilter.of(dialect, locationId, query);
        String explain = dialect == Dialect.SQLITE ? "EXPLAIN QUERY PLAN " : "EXPLAIN ";
        return String.join("\n", filter.bind(tx.handle().createQuery(explain + countSql(filter)))
                .map((rs, ctx) -> rs.getString(dialect == Dialect.SQLITE ? 4 : 1))
                .list());
    }

    private static String countSql(SqlFilter filter) {
        return "SELECT count(*) FROM products p WHERE " + filter.sql();
    }

    @Override
    public Optional<String> slugOwner(String locationId, String slug) {
        return tx.handle()
                .createQuery("SELECT id FROM products WHERE location_id = :locationId AND slug = :slug")
                .bind("locationId", locationId)
                .bind("slug", slug)
                .mapTo(String.class)
                .findOne();
    }

    @Override
    public void insert(Product product) {
        tx.handle()
                .createUpdate("INSERT INTO products"
                        + " (id, location_id, slug, name_folded, available_in_store, created_at, updated_at, details,"
                        + " product_type, option_names) VALUES (:id, :locationId, :slug, :nameFolded, :availableInStore,"
                        + " :createdAt, :updatedAt, :details, :productType, :optionNames)")
                .bind("id", product.id())
                .bind("locationId", product.locationId())
                .bind("createdAt", product.createdAt().toEpochMilli())
                .bindMap(columns(product))
                .execute();
    }

    @Override
    public void update(Product product) {
        tx.handle()
                .createUpdate(UPDATE)
                .bind("id", product.id())
                .bind("locationId", product.locationId())
                .bindMap(columns(product))
                .execute();
    }

    @Override
    public void updateAll(List<Product> products) {
        if (products.isEmpty()) return;
        PreparedBatch batch = tx.handle().prepareBatch(UPDATE);
        for (Product product : products) {
            batch.bind("id", product.id()).bind("locationId", product.locationId()).bindMap(columns(product)).add();
        }
        batch.execute();
    }

    private static final String UPDATE = "UPDATE products SET slug = :slug, name_folded = :nameFolded,"
            + " available_in_store = :availableInStore, updated_at = :updatedAt, details = :details,"
            + " product_type = :productType, option_names = :optionNames WHERE id = :id AND location_id = :locationId";

    /** The document, and as columns what filters, search and smart collection rules look at. */
    private static Map<String, Object> columns(Product product) {
        ProductDetails details = product.details();
        Map<String, Object> columns = new HashMap<>(); // HashMap: option names may be null
        columns.put("slug", details.slug());
        columns.put("nameFolded", Texts.fold(details.name()));
        columns.put("availableInStore", details.availableInStore() ? 1 : 0);
        columns.put("updatedAt", product.updatedAt().toEpochMilli());
        columns.put("details", DocumentJson.write(details));
        columns.put("productType", details.productType().name());
        List<String> optionNames = details.variants().stream()
                .flatMap(variant -> variant.options().stream())
                .map(Variant.VariantOption::name)
                .toList();
        columns.put("optionNames", optionNames.isEmpty() ? null : DocumentJson.write(optionNames));
        return columns;
    }

    @Override
    public void delete(String locationId, String productId) {
        tx.handle()
                .createUpdate("DELETE FROM products WHERE id = :id AND location_id = :locationId")
                .bind("id", productId)
                .bind("locationId", locationId)
                .execute();
    }

    @Override
    public void deleteAll(String locationId, Collection<String> productIds) {
        for (List<String> chunk : Chunks.of(productIds)) {
            SqlFilter filter = new SqlFilter()
                    .where("location_id = :locationId", "locationId", locationId)
                    .whereIn("id IN :ids", "ids", chunk);
            filter.bind(tx.handle().createUpdate("DELETE FROM products WHERE " + filter.sql())).execute();
        }
    }

    @Override
    public void replaceCollections(String locationId, String productId, List<String> collectionIds) {
        tx.handle()
                .createUpdate("DELETE FROM product_collections WHERE location_id = :locationId AND product_id = :productId"
                        + " AND collection_id IN (SELECT id FROM collections WHERE location_id = :locationId"
                        + " AND smart = 0)")
                .bind("locationId", locationId)
                .bind("productId", productId)
                .execute();
        Memberships.insertManual(tx.handle(), locationId, productId, collectionIds);
    }

    @Override
    public void addCollections(String locationId, List<String> productIds, List<String> collectionIds) {
        Memberships.insert(tx.handle(), locationId, productIds, collectionIds);
    }

    @Override
    public List<String> priceIds(String locationId, String productId) {
        return new JdbiPriceRepository(tx, dialect).idsOf(locationId, productId);
    }

    @Override
    public void deletePricesExcept(String locationId, String productId, Collection<String> keep) {
        Set<String> kept = Set.copyOf(keep);
        for (String priceId : priceIds(locationId, productId)) {
            if (!kept.contains(priceId)) new JdbiPriceRepository(tx, dialect).delete(locationId, productId, priceId);
        }
    }

    @Override
    public Set<String> unknownCollections(String locationId, Collection<String> collectionIds) {
        return Memberships.missing(tx.handle(), "collections", locationId, collectionIds);
    }

    private static Product toProduct(ResultSet rs) throws SQLException {
        String collectionIds = rs.getString("collection_ids");
        return new Product(
                rs.getString("id"),
                rs.getString("location_id"),
                DocumentJson.read(rs.getString("details"), ProductDetails.class),
                collectionIds == null ? List.of() : Arrays.asList(collectionIds.split(",")),
                Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")));
    }
}
