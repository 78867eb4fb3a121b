package dev.stockroom.common;

import java.util.List;

/** No valid token, or a token that lacks the scope or token type the endpoint needs. */
public final class UnauthorizedException extends ApiException {
    public static final String INVALID_TOKEN = "Invalid token: access token is invalid";

    public UnauthorizedException(String message) {
        super(List.of(message));
    }
}
