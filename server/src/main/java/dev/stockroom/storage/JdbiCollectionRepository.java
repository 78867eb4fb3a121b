package dev.stockroom.storage;

import dev.stockroom.collection.Collection;
import dev.stockroom.collection.CollectionDetails;
import dev.stockroom.collection.CollectionQuery;
import dev.stockroom.collection.CollectionRepository;
import dev.stockroom.collection.SmartRules;
import dev.stockroom.common.Page;
import dev.stockroom.common.Texts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

final class JdbiCollectionRepository implements CollectionRepository {
    private static final String SELECT_COLLECTION = "SELECT c.id, c.location_id, c.details, c.created_at, c.updated_at,"
            + " c.rules, c.rule_hash, c.rule_version, c.evaluated_at,"
            + " (SELECT count(*) FROM product_collections pc WHERE pc.location_id = c.location_id"
            + " AND pc.collection_id = c.id) AS product_count FROM collections c";

    private final JdbiTransactions tx;
    private final Dialect dialect;

    JdbiCollectionRepository(JdbiTransactions tx, Dialect dialect) {
        this.tx = tx;
        this.dialect = dialect;
    }

    @Override
    public Optional<Collection> findById(String locationId, String collectionId) {
        return tx.handle()
                .createQuery(SELECT_COLLECTION + " WHERE c.location_id = :locationId AND c.id = :id"
                        + (tx.isWriting() ? dialect.forUpdate("c") : ""))
                .bind("locationId", locationId)
                .bind("id", collectionId)
                .map((rs, ctx) -> toCollection(rs))
                .findOne();
    }

    @Override
    public Page<Collection> list(String locationId, CollectionQuery query) {
        SqlFilter filter = new SqlFilter().where("c.location_id = :locationId", "locationId", locationId);
        if (!query.collectionIds().isEmpty()) {
            filter.whereIn("c.id IN :collectionIds", "collectionIds", query.collectionIds());
        }
        if (query.name() != null && !query.name().isEmpty()) {
            dialect.whereContains(filter, "c.name_folded", Texts.fold(query.name()), null);
        }
        List<Collection> items = filter.bind(tx.handle()
                        .createQuery(SELECT_COLLECTION + " WHERE " + filter.sql()
                                + " ORDER BY c.created_at DESC, c.id DESC LIMIT :limit OFFSET :offset"))
                .bind("limit", query.page().limit())
                .bind("offset", query.page().offset())
                .map((rs, ctx) -> toCollection(rs))
                .list();
        long total = filter.bind(tx.handle().createQuery("SELECT count(*) FROM collections c WHERE " + filter.sql()))
                .mapTo(Long.class)
                .one();
        return new Page<>(items, total);
    }

    @Override
    public Optional<String> slugOwner(String locationId, String slug) {
        return tx.handle()
                .createQuery("SELECT id FROM collections WHERE location_id = :locationId AND slug = :slug")
                .bind("locationId", locationId)
                .bind("slug", slug)
                .mapTo(String.class)
                .findOne();
    }

    @Override
    public void insert(Collection collection) {
        tx.handle()
                .createUpdate("INSERT INTO collections (location_id, id, slug, name_folded, created_at, updated_at,"
                        + " details, smart, rules, rule_hash, rule_version, evaluated_at) VALUES (:locationId, :id,"
                        + " :slug, :nameFolded, :createdAt, :updatedAt, :details, :smart, :rules, :ruleHash,"
                        + " :ruleVersion, :evaluatedAt)")
                .bind("createdAt", collection.createdAt().toEpochMilli())
                .bindMap(columns(collection))
                .execute();
    }

    @Override
    public void update(Collection collection) {
        tx.handle()
                .createUpdate("UPDATE collections SET slug = :slug, name_folded = :nameFolded, updated_at = :updatedAt,"
                        + " details = :details, smart = :smart, rules = :rules, rule_hash = :ruleHash,"
                        + " rule_version = :ruleVersion, evaluated_at = :evaluatedAt"
                        + " WHERE location_id = :locationId AND id = :id")
                .bindMap(columns(collection))
                .execute();
    }

    private static Map<String, Object> columns(Collection collection) {
        CollectionDetails details = collection.details();
        SmartRules smart = collection.smartRules();
        Map<String, Object> columns = new HashMap<>(); // HashMap: the rule columns may be null
        columns.put("locationId", collection.locationId());
        columns.put("id", collection.id());
        columns.put("slug", details.slug());
        columns.put("nameFolded", Texts.fold(details.name()));
        columns.put("updatedAt", collection.updatedAt().toEpochMilli());
        columns.put("details", DocumentJson.write(details));
        columns.put("smart", collection.isSmart() ? 1 : 0);
        columns.put("rules", smart == null ? null : RulesDocument.write(smart.rules()));
        columns.put("ruleHash", smart == null ? null : smart.ruleHash());
        columns.put("ruleVersion", smart == null ? null : smart.ruleVersion());
        columns.put("evaluatedAt", smart == null ? null : smart.evaluatedAt().toEpochMilli());
        return columns;
    }

    @Override
    public void delete(String locationId, String collectionId) {
        tx.handle()
                .createUpdate("DELETE FROM collections WHERE location_id = :locationId AND id = :id")
                .bind("locationId", locationId)
                .bind("id", collectionId)
                .execute();
    }

    @Override
    public void replaceProducts(String locationId, String collectionId, List<String> productIds) {
        Handle handle = tx.handle();
        Set<String> current = new HashSet<>(handle.createQuery("SELECT product_id FROM product_collections"
                        + " WHERE location_id = :locationId AND collection_id = :collectionId")
                .bind("locationId", locationId)
                .bind("collectionId", collectionId)
                .mapTo(String.class)
                .list());
        Set<String> wanted = new HashSet<>(productIds);
        Memberships.delete(handle, locationId, collectionId, current.stream().filter(id -> !wanted.contains(id)).toList());
        List<String> added = new ArrayList<>();
        for (String productId : productIds) {
            if (!current.contains(productId)) added.add(productId);
        }
        Memberships.insert(handle, locationId, added, List.of(collectionId));
    }

    @Override
    public Set<String> unknownProducts(String locationId, java.util.Collection<String> productIds) {
        return Memberships.missing(tx.handle(), "products", locationId, productIds);
    }

    private static Collection toCollection(ResultSet rs) throws SQLException {
        String ruleHash = rs.getString("rule_hash");
        SmartRules smart = ruleHash == null
                ? null
                : new SmartRules(
                        RulesDocument.read(ruleHash, rs.getString("rules")),
                        ruleHash,
                        rs.getInt("rule_version"),
                        Instant.ofEpochMilli(rs.getLong("evaluated_at")));
        return new Collection(
                rs.getString("id"),
                rs.getString("location_id"),
                DocumentJson.read(rs.getString("details"), CollectionDetails.class),
                rs.getLong("product_count"),
                Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")),
                smart);
    }
}
