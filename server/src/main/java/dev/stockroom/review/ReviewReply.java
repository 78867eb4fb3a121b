package dev.stockroom.review;

/** A reply to a review (HighLevel's ProductReviewDto): a headline, a comment and who wrote it. */
public record ReviewReply(String headline, String comment, ReviewUser user) {}
