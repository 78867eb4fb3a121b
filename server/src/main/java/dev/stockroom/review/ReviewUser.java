package dev.stockroom.review;

/** Who wrote a review or a reply (HighLevel's UserDetailsDto); phone and isCustomer may be null. */
public record ReviewUser(String name, String email, String phone, Boolean isCustomer) {}
