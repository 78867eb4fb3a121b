package dev.stockroom.oauth;

import java.time.Instant;

/** A code the authorization page sent to {@code redirectUri}, redeemable once before {@code expiresAt}. */
public record AuthorizationCode(Grant grant, String redirectUri, Instant expiresAt) {}
