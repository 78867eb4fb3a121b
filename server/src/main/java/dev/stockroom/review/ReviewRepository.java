package dev.stockroom.review;

import dev.stockroom.common.Page;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reviews, always scoped by location. Reads inside a write transaction lock the rows they return. */
public interface ReviewRepository {
    Optional<Review> findById(String locationId, String reviewId);

    /** Those of {@code reviewIds} that are reviews of the location, in id order. */
    List<Review> findByIds(String locationId, Collection<String> reviewIds);

    Page<Review> list(String locationId, ReviewQuery query);

    /** The number of matching reviews of each status that has any. */
    Map<ReviewStatus, Long> countByStatus(String locationId, ReviewFilter filter);

    /** Whether {@code productId} is a product of the location; in a write, the product is kept until commit. */
    boolean isProductOf(String locationId, String productId);

    void insert(Review review);

    void updateAll(Collection<Review> reviews);

    void delete(String locationId, String reviewId);
}
