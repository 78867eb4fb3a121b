package dev.stockroom.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockroom.collection.ProductFacts;
import dev.stockroom.collection.SmartCollectionRepository;
import dev.stockroom.common.Texts;
import dev.stockroom.product.ProductType;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

final class JdbiSmartCollectionRepository implements SmartCollectionRepository {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A product with its prices, one row per price (one row without prices): only the columns rules look at. */
    private static final String SELECT_FACTS = "SELECT p.id, p.name_folded, p.product_type, p.available_in_store,"
            + " p.option_names, r.id AS price_id, r.name_folded AS price_name, r.sku_folded, r.amount,"
            + " r.compare_at_price, r.track_inventory, r.available_quantity"
            + " FROM products p LEFT JOIN prices r ON r.product_id = p.id";

    private final JdbiTransactions tx;
    private final Dialect dialect;

    JdbiSmartCollectionRepository(JdbiTransactions tx, Dialect dialect) {
        this.tx = tx;
        this.dialect = dialect;
    }

    @Override
    public void lockCatalog(String locationId, boolean exclusive) {
        String sql = dialect.catalogLock(exclusive);
        if (sql == null) return;
        tx.handle().createQuery(sql).bind("locationId", locationId).mapTo(Long.class).one();
    }

    @Override
    public List<SmartCollection> smartCollections(String locationId) {
        return tx.handle()
                .createQuery("SELECT id, rule_hash, rules FROM collections WHERE location_id = :locationId AND smart = 1"
                        + " ORDER BY created_at, id")
                .bind("locationId", locationId)
                .map((rs, ctx) -> new SmartCollection(
                        rs.getString("id"), RulesDocument.read(rs.getString("rule_hash"), rs.getString("rules"))))
                .list();
    }

    @Override
    public List<ProductFacts> facts(String locationId, Collection<String> productIds) {
        List<ProductFacts> facts = new ArrayList<>();
        for (List<String> chunk : Chunks.of(productIds)) {
            SqlFilter filter = new SqlFilter()
                    .where("p.location_id = :locationId", "locationId", locationId)
                    .whereIn("p.id IN :ids", "ids", chunk);
            stream(filter.bind(tx.handle().createQuery(SELECT_FACTS + " WHERE " + filter.sql() + " ORDER BY p.id")),
                    facts::add);
        }
        return facts;
    }

    @Override
    public void forEachProduct(String locationId, Consumer<ProductFacts> action) {
        stream(tx.handle()
                        .createQuery(SELECT_FACTS
                                + " WHERE p.location_id = :locationId ORDER BY p.created_at DESC, p.id DESC")
                        .bind("locationId", locationId)
                        .setFetchSize(1000),
                action);
    }

    /** Rows of one product are adjacent (the query orders by product); each product is handed over once whole. */
    private static void stream(org.jdbi.v3.core.statement.Query query, Consumer<ProductFacts> action) {
        ProductRows current = new ProductRows();
        query.map((rs, ctx) -> {
            current.add(rs, action);
            return Boolean.TRUE;
        }).forEach(ignored -> {});
        current.flush(action);
    }

    /** Collects the rows of the product being read. */
    private static final class ProductRows {
        private String id;
        private String nameFolded;
        private ProductType productType;
        private boolean availableInStore;
        private List<String> optionNames;
        private final List<ProductFacts.PriceFacts> prices = new ArrayList<>();

        void add(ResultSet rs, Consumer<ProductFacts> action) throws SQLException {
            String rowId = rs.getString("id");
            if (!rowId.equals(id)) {
                flush(action);
                id = rowId;
                nameFolded = rs.getString("name_folded");
                productType = ProductType.valueOf(rs.getString("product_type"));
                availableInStore = rs.getInt("available_in_store") != 0;
                optionNames = foldedNames(rs.getString("option_names"));
            }
            if (rs.getString("price_id") == null) return;
            long quantity = rs.getLong("available_quantity");
            Long availableQuantity = rs.wasNull() ? null : quantity;
            prices.add(new ProductFacts.PriceFacts(
                    rs.getString("price_name"),
                    rs.getString("sku_folded"),
                    decimal(rs.getString("amount")),
                    decimal(rs.getString("compare_at_price")),
                    rs.getInt("track_inventory") != 0,
                    availableQuantity));
        }

        void flush(Consumer<ProductFacts> action) {
            if (id == null) return;
            action.accept(new ProductFacts(id, nameFolded, productType, availableInStore, optionNames, prices));
            id = null;
            prices.clear();
        }
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    private static List<String> foldedNames(String json) {
        if (json == null) return List.of();
        try {
            List<String> names = new ArrayList<>();
            for (String name : JSON.readValue(json, String[].class)) {
                if (name != null) names.add(Texts.fold(name));
            }
            return names;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored option names are unreadable", e);
        }
    }

    @Override
    public Map<String, Set<String>> memberships(
            String locationId, Collection<String> productIds, Collection<String> collectionIds) {
        Map<String, Set<String>> memberships = new HashMap<>();
        Set<String> wanted = Set.copyOf(collectionIds);
        for (List<String> chunk : Chunks.of(productIds)) {
            SqlFilter filter = new SqlFilter()
                    .where("pc.location_id = :locationId", "locationId", locationId)
                    .whereIn("pc.product_id IN :ids", "ids", chunk);
            filter.bind(tx.handle()
                            .createQuery("SELECT pc.product_id, pc.collection_id FROM product_collections pc WHERE "
                                    + filter.sql()))
                    .map((rs, ctx) -> Map.entry(rs.getString("product_id"), rs.getString("collection_id")))
                    .forEach(row -> {
                        if (wanted.contains(row.getValue())) {
                            memberships.computeIfAbsent(row.getKey(), id -> new HashSet<>()).add(row.getValue());
                        }
                    });
        }
        return memberships;
    }

    @Override
    public Set<String> members(String locationId, String collectionId) {
        return new HashSet<>(tx.handle()
                .createQuery("SELECT product_id FROM product_collections"
                        + " WHERE location_id = :locationId AND collection_id = :collectionId")
                .bind("locationId", locationId)
                .bind("collectionId", collectionId)
                .mapTo(String.class)
                .list());
    }

    @Override
    public void addMembers(String locationId, String collectionId, Collection<String> productIds) {
        if (productIds.isEmpty()) return;
        // DO NOTHING: a membership another transaction added first is the same membership.
        tx.handle()
                .createUpdate("INSERT INTO product_collections (location_id, product_id, collection_id)"
                        + " SELECT :locationId, j.value, :collectionId FROM " + dialect.idTable("ids")
                        + " WHERE true ORDER BY j.key ON CONFLICT DO NOTHING")
                .bind("locationId", locationId)
                .bind("collectionId", collectionId)
                .bind("ids", jsonArray(productIds))
                .execute();
    }

    @Override
    public void removeMembers(String locationId, String collectionId, Collection<String> productIds) {
        Memberships.delete(tx.handle(), locationId, collectionId, productIds);
    }

    private static String jsonArray(Collection<String> ids) {
        try {
            return JSON.writeValueAsString(ids);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("ids are strings", e);
        }
    }
}
