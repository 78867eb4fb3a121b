package dev.stockroom.storage;

import dev.stockroom.common.Page;
import dev.stockroom.product.SortOrder;
import dev.stockroom.review.Review;
import dev.stockroom.review.ReviewDetails;
import dev.stockroom.review.ReviewFilter;
import dev.stockroom.review.ReviewQuery;
import dev.stockroom.review.ReviewRepository;
import dev.stockroom.review.ReviewSort;
import dev.stockroom.review.ReviewStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Rating and status are columns, for filters, sorts and counts; the whole review is also one JSON document. */
final class JdbiReviewRepository implements ReviewRepository {
    private static final String SELECT_REVIEW =
            "SELECT r.id, r.location_id, r.product_id, r.store_id, r.created_at, r.updated_at, r.details FROM reviews r";

    private final JdbiTransactions tx;
    private final Dialect dialect;

    JdbiReviewRepository(JdbiTransactions tx, Dialect dialect) {
        this.tx = tx;
        this.dialect = dialect;
    }

    @Override
    public Optional<Review> findById(String locationId, String reviewId) {
        return tx.handle()
                .createQuery(SELECT_REVIEW + " WHERE r.id = :id AND r.location_id = :locationId" + lockIfWriting("r"))
                .bind("id", reviewId)
                .bind("locationId", locationId)
                .map((rs, ctx) -> toReview(rs))
                .findOne();
    }

    /** In id order, so that two bulk updates lock the rows they share in the same order (no deadlock). */
    @Override
    public List<Review> findByIds(String locationId, Collection<String> reviewIds) {
        if (reviewIds.isEmpty()) return List.of();
        SqlFilter filter = new SqlFilter()
                .where("r.location_id = :locationId", "locationId", locationId)
                .whereIn("r.id IN :ids", "ids", List.copyOf(reviewIds));
        return filter.bind(tx.handle()
                        .createQuery(SELECT_REVIEW + " WHERE " + filter.sql() + " ORDER BY r.id" + lockIfWriting("r")))
                .map((rs, ctx) -> toReview(rs))
                .list();
    }

    private String lockIfWriting(String alias) {
        return tx.isWriting() ? dialect.forUpdate(alias) : "";
    }

    /** Ties are broken in the sort's own direction, so that one index serves each sort both ways. */
    @Override
    public Page<Review> list(String locationId, ReviewQuery query) {
        SqlFilter filter = filter(locationId, query.filter());
        String direction = query.order() == SortOrder.ASC ? " ASC" : " DESC";
        String orderBy = (query.sort() == ReviewSort.RATING ? "r.rating" + direction + ", " : "")
                + "r.created_at" + direction + ", r.id" + direction;
        List<Review> items = filter.bind(tx.handle()
                        .createQuery(SELECT_REVIEW + " WHERE " + filter.sql() + " ORDER BY " + orderBy
                                + " LIMIT :limit OFFSET :offset"))
                .bind("limit", query.page().limit())
                .bind("offset", query.page().offset())
                .map((rs, ctx) -> toReview(rs))
                .list();
        long total = filter.bind(tx.handle().createQuery("SELECT count(*) FROM reviews r WHERE " + filter.sql()))
                .mapTo(Long.class)
                .one();
        return new Page<>(items, total);
    }

    @Override
    public Map<ReviewStatus, Long> countByStatus(String locationId, ReviewFilter reviewFilter) {
        SqlFilter filter = filter(locationId, reviewFilter);
        Map<ReviewStatus, Long> counts = new EnumMap<>(ReviewStatus.class);
        filter.bind(tx.handle()
                        .createQuery("SELECT r.status, count(*) AS n FROM reviews r WHERE " + filter.sql()
                                + " GROUP BY r.status"))
                .map((rs, ctx) -> Map.entry(rs.getString("status"), rs.getLong("n")))
                .forEach(row -> ReviewStatus.fromWire(row.getKey()).ifPresent(status -> counts.put(status, row.getValue())));
        return counts;
    }

    private static SqlFilter filter(String locationId, ReviewFilter query) {
        SqlFilter filter = new SqlFilter().where("r.location_id = :locationId", "locationId", locationId);
        // A double: SQLite would bind a BigDecimal as text. Half stars are exact in binary.
        if (query.rating() != null) filter.where("r.rating = :rating", "rating", query.rating().doubleValue());
        if (query.from() != null) filter.where("r.created_at >= :from", "from", query.from().toEpochMilli());
        if (query.until() != null) filter.where("r.created_at < :until", "until", query.until().toEpochMilli());
        if (!query.productIds().isEmpty()) filter.whereIn("r.product_id IN :productIds", "productIds", query.productIds());
        if (!query.storeIds().isEmpty()) filter.whereIn("r.store_id IN :storeIds", "storeIds", query.storeIds());
        return filter;
    }

    /** Locks the product in a write, so that it cannot be deleted before the review that refers to it is stored. */
    @Override
    public boolean isProductOf(String locationId, String productId) {
        return tx.handle()
                .createQuery("SELECT p.id FROM products p WHERE p.id = :id AND p.location_id = :locationId"
                        + lockIfWriting("p"))
                .bind("id", productId)
                .bind("locationId", locationId)
                .mapTo(String.class)
                .findOne()
                .isPresent();
    }

    @Override
    public void insert(Review review) {
        tx.handle()
                .createUpdate("INSERT INTO reviews (id, location_id, product_id, store_id, status, rating, created_at,"
                        + " updated_at, details) VALUES (:id, :locationId, :productId, :storeId, :status, :rating,"
                        + " :createdAt, :updatedAt, :details)")
                .bind("productId", review.productId())
                .bind("storeId", review.storeId())
                .bind("createdAt", review.createdAt().toEpochMilli())
                .bindMap(columns(review))
                .execute();
    }

    @Override
    public void updateAll(Collection<Review> reviews) {
        if (reviews.isEmpty()) return;
        PreparedBatch batch = tx.handle().prepareBatch("UPDATE reviews SET status = :status, rating = :rating,"
                + " updated_at = :updatedAt, details = :details WHERE id = :id AND location_id = :locationId");
        for (Review review : reviews) {
            batch.bindMap(columns(review)).add();
        }
        batch.execute();
    }

    private static Map<String, Object> columns(Review review) {
        ReviewDetails details = review.details();
        return Map.of(
                "id", review.id(),
                "locationId", review.locationId(),
                "status", details.status().wireValue(),
                "rating", details.rating().doubleValue(),
                "updatedAt", review.updatedAt().toEpochMilli(),
                "details", DocumentJson.write(details));
    }

    @Override
    public void delete(String locationId, String reviewId) {
        tx.handle()
                .createUpdate("DELETE FROM reviews WHERE id = :id AND location_id = :locationId")
                .bind("id", reviewId)
                .bind("locationId", locationId)
                .execute();
    }

    private static Review toReview(ResultSet rs) throws SQLException {
        return new Review(
                rs.getString("id"),
                rs.getString("location_id"),
                rs.getString("product_id"),
                rs.getString("store_id"),
                DocumentJson.read(rs.getString("details"), ReviewDetails.class),
                Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")));
    }
}
