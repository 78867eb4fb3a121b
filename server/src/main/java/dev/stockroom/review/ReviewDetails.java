package dev.stockroom.review;

import dev.stockroom.common.Decimals;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** Everything a client can write on a review. {@code headline}, {@code detail} and {@code user} may be null. */
public record ReviewDetails(
        BigDecimal rating,
        ReviewStatus status,
        String headline,
        String detail,
        ReviewUser user,
        List<ReviewReply> replies) {

    public ReviewDetails {
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(status, "status");
        rating = Decimals.normalize(rating); // 4.0 and 4 are one rating, answered as 4
        replies = replies == null ? List.of() : List.copyOf(replies);
    }

    public ReviewDetails withStatus(ReviewStatus value) {
        return new ReviewDetails(rating, value, headline, detail, user, replies);
    }
}
