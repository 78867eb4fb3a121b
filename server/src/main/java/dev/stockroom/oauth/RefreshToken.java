package dev.stockroom.oauth;

import java.time.Instant;

/** A refresh token, good for one refresh before {@code expiresAt}. */
public record RefreshToken(Grant grant, Instant expiresAt) {}
