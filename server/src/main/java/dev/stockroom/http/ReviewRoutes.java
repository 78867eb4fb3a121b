package dev.stockroom.http;

import dev.stockroom.api.ReviewResponses;
import dev.stockroom.api.StatusDto;
import dev.stockroom.auth.Scope;
import dev.stockroom.common.BadRequestException;
import dev.stockroom.common.ObjectIds;
import dev.stockroom.common.Page;
import dev.stockroom.review.Review;
import dev.stockroom.review.ReviewDraft;
import dev.stockroom.review.ReviewFilter;
import dev.stockroom.review.ReviewPatch;
import dev.stockroom.review.ReviewQuery;
import dev.stockroom.review.ReviewRules;
import dev.stockroom.review.ReviewService;
import dev.stockroom.review.ReviewSort;
import dev.stockroom.store.StoreIds;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * HighLevel's five review operations (sub-account tokens only, as their security says), and Stockroom's own way to
 * seed reviews, which HighLevel's API cannot create.
 */
final class ReviewRoutes {
    private final ReviewService reviews;
    private final LocationAccess access;

    ReviewRoutes(ReviewService reviews, LocationAccess access) {
        this.reviews = reviews;
        this.access = access;
    }

    /** Registered before the product routes, whose {@code {productId}} would match "reviews". HEAD runs the GET. */
    void register(Javalin app) {
        app.get("/products/reviews", this::list, Access.locationOnly(Scope.PRODUCTS_READONLY));
        app.head("/products/reviews", this::list, Access.locationOnly(Scope.PRODUCTS_READONLY));
        app.get("/products/reviews/count", this::count, Access.locationOnly(Scope.PRODUCTS_READONLY));
        app.head("/products/reviews/count", this::count, Access.locationOnly(Scope.PRODUCTS_READONLY));
        app.post("/products/reviews/bulk-update", this::bulkUpdate, Access.locationOnly(Scope.PRODUCTS_WRITE));
        app.put("/products/reviews/{reviewId}", this::update, Access.locationOnly(Scope.PRODUCTS_WRITE));
        app.delete("/products/reviews/{reviewId}", this::delete, Access.locationOnly(Scope.PRODUCTS_WRITE));
        app.post("/stockroom/reviews", this::create, Access.stockroomLocationOnly(Scope.PRODUCTS_WRITE));
    }

    private void list(Context ctx) {
        String locationId = access.authorize(ctx, Alt.fromQuery(ctx));
        ReviewQuery query = new ReviewQuery(filter(ctx), sort(ctx.queryParam("sortField")), Requests.sortOrder(ctx),
                Requests.page(ctx));
        Page<Review> page = reviews.list(locationId, query);
        ctx.json(new ReviewResponses.Page(page.items().stream().map(ReviewJson::toDto).toList(), page.total()));
    }

    private void count(Context ctx) {
        String locationId = access.authorize(ctx, Alt.fromQuery(ctx));
        ctx.json(new ReviewResponses.Counts(reviews.countByStatus(locationId, filter(ctx)).stream()
                .map(count -> new ReviewResponses.StatusCount(count.status().wireValue(), count.count()))
                .toList()));
    }

    private void update(Context ctx) {
        Parsed<ReviewPatch> body = ReviewJson.parseUpdate(Requests.body(ctx));
        reviews.update(access.authorize(ctx, body.locationId()), ctx.pathParam("reviewId"), body.value());
        ctx.json(new StatusDto(true, "Successfully updated"));
    }

    /** The spec answers 201 here (a POST), with the same body as the single update. */
    private void bulkUpdate(Context ctx) {
        Parsed<ReviewJson.StatusChange> body = ReviewJson.parseBulk(Requests.body(ctx));
        String locationId = access.authorize(ctx, body.locationId());
        reviews.updateStatuses(locationId, body.value().reviews(), body.value().status());
        ctx.status(201).json(new StatusDto(true, "Successfully updated"));
    }

    private void delete(Context ctx) {
        String locationId = access.authorize(ctx, Alt.fromQuery(ctx));
        String productId = Requests.requiredQuery(ctx, "productId");
        if (!ObjectIds.isValid(productId)) throw new BadRequestException("productId must be a mongodb id");
        reviews.delete(locationId, ctx.pathParam("reviewId"), productId.toLowerCase(Locale.ROOT));
        ctx.json(new StatusDto(true, "Successfully deleted"));
    }

    /** Stockroom's: answers the new review, in the shape the list gives it. */
    private void create(Context ctx) {
        Parsed<ReviewDraft> body = ReviewJson.parseCreate(Requests.body(ctx));
        Review review = reviews.create(access.authorize(ctx, body.locationId()), body.value());
        ctx.status(201).json(ReviewJson.toDto(review));
    }

    /**
     * The filters of the list and the counts. {@code productId} and {@code storeId} are comma-separated lists (any
     * list form is accepted) of ids shaped as the product and store endpoints take them; the dates are inclusive, and
     * an {@code endDate} without a time includes that whole day.
     */
    private static ReviewFilter filter(Context ctx) {
        String endDate = ctx.queryParam("endDate");
        Instant end = time(endDate, "endDate");
        Instant until = end == null ? null : WireTimes.isDate(endDate) ? end.plus(1, ChronoUnit.DAYS) : end.plusMillis(1);
        return new ReviewFilter(
                rating(ctx.queryParam("rating")),
                time(ctx.queryParam("startDate"), "startDate"),
                until,
                Requests.mongoIdList(ctx, "productId"),
                storeIds(ctx));
    }

    private static List<String> storeIds(Context ctx) {
        List<String> storeIds = Requests.boundedList(ctx, "storeId");
        if (!storeIds.stream().allMatch(StoreIds::isValid)) {
            throw new BadRequestException("each value in storeId " + StoreIds.RULE);
        }
        return storeIds;
    }

    private static BigDecimal rating(String value) {
        if (value == null || value.isEmpty()) return null;
        BigDecimal rating;
        try {
            rating = new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new BadRequestException("rating must be a number conforming to the specified constraints");
        }
        String problem = ReviewRules.ratingProblem(rating);
        if (problem != null) throw new BadRequestException("rating " + problem);
        return rating;
    }

    private static Instant time(String value, String name) {
        if (value == null || value.isEmpty()) return null;
        Instant time = WireTimes.parse(value);
        if (time == null) throw new BadRequestException(name + " must be a valid ISO 8601 date string");
        return time;
    }

    /** Newest first unless asked otherwise. */
    private static ReviewSort sort(String value) {
        if (value == null || value.isEmpty()) return ReviewSort.CREATED_AT;
        return ReviewSort.fromWire(value).orElseThrow(
                () -> new BadRequestException("sortField must be one of the following values: createdAt, rating"));
    }
}
