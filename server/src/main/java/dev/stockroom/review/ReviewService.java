package dev.stockroom.review;

import dev.stockroom.common.InvalidInputException;
import dev.stockroom.common.NotFoundException;
import dev.stockroom.common.ObjectIds;
import dev.stockroom.common.Page;
import dev.stockroom.common.Times;
import dev.stockroom.common.Transactions;
import dev.stockroom.store.StoreIds;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Product reviews within one location: seeding, lists, counts and moderation. Every write runs in one transaction. */
public final class ReviewService {
    /** As HighLevel answers an unknown product ("Product not found"); the spec lists no 404. */
    static final String NOT_FOUND = "Review not found";

    private final ReviewRepository repository;
    private final Transactions transactions;
    private final Clock clock;

    public ReviewService(ReviewRepository repository, Transactions transactions, Clock clock) {
        this.repository = repository;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Stockroom's own way to add a review: HighLevel's API has none. */
    public Review create(String locationId, ReviewDraft draft) {
        if (!StoreIds.isValid(draft.storeId())) throw new InvalidInputException("storeId " + StoreIds.RULE);
        ReviewRules.validate(draft.details());
        Instant now = Times.now(clock);
        Instant createdAt = draft.createdAt() == null ? now : draft.createdAt().truncatedTo(ChronoUnit.MILLIS);
        if (createdAt.isAfter(now)) throw new InvalidInputException("createdAt must not be in the future");
        String id = ObjectIds.generate(createdAt);
        return transactions.write(() -> {
            if (!repository.isProductOf(locationId, draft.productId())) {
                throw new InvalidInputException("productId must be a product of this location");
            }
            Review review = new Review(id, locationId, draft.productId(), draft.storeId(), draft.details(), createdAt, now);
            repository.insert(review);
            return review;
        });
    }

    public Page<Review> list(String locationId, ReviewQuery query) {
        return transactions.read(() -> repository.list(locationId, query));
    }

    /** One count per status, every status listed (zero included) in a fixed order, so clients need no defaults. */
    public List<StatusCount> countByStatus(String locationId, ReviewFilter filter) {
        Map<ReviewStatus, Long> counts = transactions.read(() -> repository.countByStatus(locationId, filter));
        return Arrays.stream(ReviewStatus.values())
                .map(status -> new StatusCount(status, counts.getOrDefault(status, 0L)))
                .toList();
    }

    /** A review named with another product is not found, as an unknown id is. */
    public Review update(String locationId, String reviewId, ReviewPatch patch) {
        return transactions.write(() -> {
            Review current = find(locationId, reviewId)
                    .filter(review -> review.productId().equals(patch.productId()))
                    .orElseThrow(ReviewService::notFound);
            ReviewDetails details = patch.changes().apply(current.details());
            ReviewRules.validate(details);
            Review updated = withDetails(current, details);
            repository.updateAll(List.of(updated));
            return updated;
        });
    }

    /**
     * All or nothing: every named review must be one of the location's, with the product and store given, or nothing
     * changes and the 422 lists each one that is not (foreign and unknown reviews read alike).
     */
    public void updateStatuses(String locationId, List<ReviewRef> refs, ReviewStatus status) {
        transactions.write(() -> {
            Map<String, Review> found = new LinkedHashMap<>();
            for (Review review : repository.findByIds(locationId, refs.stream().map(ReviewRef::reviewId).toList())) {
                found.put(review.id(), review);
            }
            List<String> errors = new ArrayList<>();
            for (int i = 0; i < refs.size(); i++) {
                ReviewRef ref = refs.get(i);
                Review review = found.get(ref.reviewId());
                if (review == null || !review.productId().equals(ref.productId()) || !review.storeId().equals(ref.storeId())) {
                    errors.add("reviews." + i + ".reviewId must be a review of the given productId and storeId: "
                            + ref.reviewId());
                }
            }
            if (!errors.isEmpty()) throw new InvalidInputException(errors);
            repository.updateAll(found.values().stream()
                    .map(review -> withDetails(review, review.details().withStatus(status)))
                    .toList());
        });
    }

    public void delete(String locationId, String reviewId, String productId) {
        transactions.write(() -> {
            Review current = find(locationId, reviewId)
                    .filter(review -> review.productId().equals(productId))
                    .orElseThrow(ReviewService::notFound);
            repository.delete(locationId, current.id());
        });
    }

    private Review withDetails(Review review, ReviewDetails details) {
        return new Review(review.id(), review.locationId(), review.productId(), review.storeId(), details,
                review.createdAt(), Times.notBefore(clock, review.updatedAt()));
    }

    private Optional<Review> find(String locationId, String reviewId) {
        return ObjectIds.isValid(reviewId)
                ? repository.findById(locationId, reviewId.toLowerCase(Locale.ROOT))
                : Optional.empty();
    }

    private static NotFoundException notFound() {
        return new NotFoundException(NOT_FOUND);
    }
}
