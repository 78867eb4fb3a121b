package dev.stockroom.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockroom.api.ProductReviewDto;
import dev.stockroom.api.ReviewDto;
import dev.stockroom.api.UserDetailsDto;
import dev.stockroom.review.Review;
import dev.stockroom.review.ReviewDetails;
import dev.stockroom.review.ReviewDraft;
import dev.stockroom.review.ReviewPatch;
import dev.stockroom.review.ReviewRef;
import dev.stockroom.review.ReviewReply;
import dev.stockroom.review.ReviewRules;
import dev.stockroom.review.ReviewStatus;
import dev.stockroom.review.ReviewUser;
import dev.stockroom.store.StoreIds;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Maps HighLevel's review bodies (UpdateProductReviewDto, UpdateProductReviewsDto) and Stockroom's seeding body to
 * the domain, and reviews to {@link ReviewDto}. Every rule of {@link ReviewRules} is reported here first, all at once.
 */
final class ReviewJson {
    private static final List<String> STATUSES =
            Arrays.stream(ReviewStatus.values()).map(ReviewStatus::wireValue).toList();
    private static final String NOT_A_NUMBER = "must be a number conforming to the specified constraints";

    private ReviewJson() {}

    /** A status change for many reviews at once. */
    record StatusChange(List<ReviewRef> reviews, ReviewStatus status) {}

    /** {@code POST /stockroom/reviews}: the fields of UpdateProductReviewDto plus storeId, user and createdAt. */
    static Parsed<ReviewDraft> parseCreate(JsonNode body) {
        BodyReader in = BodyReader.of(body);
        String altId = Alt.fromBody(in);
        String productId = requiredMongoId(in, "productId");
        String storeId = requiredStoreId(in);
        BigDecimal rating = rating(in).orElse(null);
        if (in.raw("rating") == null) in.error("rating", NOT_A_NUMBER); // required here
        Field<ReviewStatus> status = in.optionalEnum("status", ReviewStatus::fromWire, STATUSES);
        Texts texts = new Texts(in);
        Field<ReviewUser> user = in.optionalObject("user", ReviewJson::readUser);
        Field<String> createdAt = in.optionalString(
                "createdAt", Limits.SHORT_TEXT, text -> WireTimes.parse(text) != null,
                "must be a valid ISO 8601 date string");
        in.finish();
        ReviewDetails details = new ReviewDetails(
                rating,
                status.orElse(ReviewStatus.PENDING),
                texts.headline.orElse(null),
                texts.detail.orElse(null),
                user.orElse(null),
                texts.replies.orElse(List.of()));
        Instant created = createdAt.state() == Field.State.VALUE ? WireTimes.parse(createdAt.value()) : null;
        return new Parsed<>(altId, new ReviewDraft(productId, storeId, details, created));
    }

    /**
     * UpdateProductReviewDto: altId, altType, productId and status are required as in the spec; rating, headline,
     * detail and reply are partial (absent keeps, null clears; rating cannot be cleared).
     */
    static Parsed<ReviewPatch> parseUpdate(JsonNode body) {
        BodyReader in = BodyReader.of(body);
        String altId = Alt.fromBody(in);
        String productId = requiredMongoId(in, "productId");
        ReviewStatus status = in.requiredEnum("status", ReviewStatus::fromWire, STATUSES);
        Field<BigDecimal> rating = rating(in);
        Texts texts = new Texts(in);
        in.finish();
        ReviewPatch patch = new ReviewPatch(productId, current -> new ReviewDetails(
                rating.orElse(current.rating()),
                status,
                texts.headline.merge(current.headline(), null),
                texts.detail.merge(current.detail(), null),
                current.user(),
                texts.replies.merge(current.replies(), List.of())));
        return new Parsed<>(altId, patch);
    }

    /** UpdateProductReviewsDto. Its status is typed object with the example "approved": a status string is read. */
    static Parsed<StatusChange> parseBulk(JsonNode body) {
        BodyReader in = BodyReader.of(body);
        String altId = Alt.fromBody(in);
        Field<List<ReviewRef>> reviews = in.optionalObjectArray("reviews", Limits.ARRAY_ITEMS, (item, i) -> new ReviewRef(
                requiredMongoId(item, "reviewId"),
                requiredMongoId(item, "productId"),
                requiredStoreId(item)));
        if (in.raw("reviews") == null || in.raw("reviews").isNull()) in.error("reviews", "must be an array");
        if (reviews.state() == Field.State.VALUE && reviews.value().isEmpty()) in.error("reviews", "should not be empty");
        ReviewStatus status = in.requiredEnum("status", ReviewStatus::fromWire, STATUSES);
        in.finish();
        return new Parsed<>(altId, new StatusChange(reviews.value(), status));
    }

    /** The optional texts shared by the seeding and update bodies. */
    private static final class Texts {
        final Field<String> headline;
        final Field<String> detail;
        final Field<List<ReviewReply>> replies;

        Texts(BodyReader in) {
            headline = in.optionalString("headline", ReviewRules.HEADLINE_LENGTH);
            detail = in.optionalString("detail", ReviewRules.TEXT_LENGTH);
            replies = in.optionalObjectArray("reply", Limits.ARRAY_ITEMS, (reply, i) -> readReply(reply));
        }
    }

    /** ProductReviewDto: headline and comment may be empty (minLength 0) but must be there, as must the user. */
    private static ReviewReply readReply(BodyReader in) {
        String headline = requiredText(in, "headline", ReviewRules.HEADLINE_LENGTH);
        String comment = requiredText(in, "comment", ReviewRules.TEXT_LENGTH);
        Field<ReviewUser> user = in.optionalObject("user", ReviewJson::readUser);
        if (in.raw("user") == null || in.raw("user").isNull()) in.error("user", "should not be empty");
        return new ReviewReply(headline, comment, user.orElse(null));
    }

    /** UserDetailsDto: name (1 to 100 characters) and email are required. */
    private static ReviewUser readUser(BodyReader in) {
        String name = in.requiredString("name", ReviewRules.NAME_LENGTH);
        Field<String> email =
                in.optionalString("email", ReviewRules.CONTACT_LENGTH, ReviewRules::isEmail, "must be an email");
        if (in.raw("email") == null || in.raw("email").isNull()) in.error("email", "must be an email");
        Field<String> phone = in.optionalString("phone", ReviewRules.CONTACT_LENGTH);
        Field<Boolean> isCustomer = in.optionalBoolean("isCustomer");
        return new ReviewUser(name, email.orElse(null), phone.orElse(null), isCustomer.orElse(null));
    }

    private static String requiredText(BodyReader in, String name, int maxLength) {
        Field<String> text = in.optionalString(name, maxLength);
        if (in.raw(name) == null || in.raw(name).isNull()) in.error(name, "must be a string");
        return text.orElse(null);
    }

    /** A store id as the store endpoints take it. */
    private static String requiredStoreId(BodyReader in) {
        String storeId = in.requiredString("storeId", Limits.SHORT_TEXT);
        if (storeId == null || StoreIds.isValid(storeId)) return storeId;
        in.error("storeId", StoreIds.RULE);
        return null;
    }

    private static String requiredMongoId(BodyReader in, String name) {
        if (in.raw(name) == null || in.raw(name).isNull()) {
            in.error(name, "should not be empty");
            in.error(name, "must be a mongodb id");
            return null;
        }
        return in.optionalMongoId(name).orElse(null);
    }

    /** A rating: an exact decimal of at least 1, then the rest of {@link ReviewRules#ratingProblem}. */
    private static Field<BigDecimal> rating(BodyReader in) {
        Field<BigDecimal> rating = in.optionalDecimal("rating", BigDecimal.ONE);
        if (rating.state() == Field.State.CLEARED) in.error("rating", NOT_A_NUMBER); // a review always has one
        if (rating.state() != Field.State.VALUE) return Field.absent();
        String problem = ReviewRules.ratingProblem(rating.value());
        if (problem == null) return rating;
        in.error("rating", problem);
        return Field.absent();
    }

    static ReviewDto toDto(Review review) {
        ReviewDetails d = review.details();
        return new ReviewDto(
                review.id(),
                review.locationId(),
                review.productId(),
                review.storeId(),
                d.rating(),
                d.status().wireValue(),
                d.headline(),
                d.detail(),
                toDto(d.user()),
                d.replies().stream()
                        .map(reply -> new ProductReviewDto(reply.headline(), reply.comment(), toDto(reply.user())))
                        .toList(),
                WireTimes.format(review.createdAt()),
                WireTimes.format(review.updatedAt()));
    }

    private static UserDetailsDto toDto(ReviewUser user) {
        return user == null ? null : new UserDetailsDto(user.name(), user.email(), user.phone(), user.isCustomer());
    }
}
