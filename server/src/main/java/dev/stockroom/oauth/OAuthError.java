package dev.stockroom.oauth;

/** RFC 6749's error codes (sections 4.1.2.1 and 5.2), as far as Stockroom answers them. */
public enum OAuthError {
    INVALID_REQUEST("invalid_request"),
    INVALID_CLIENT("invalid_client"),
    INVALID_GRANT("invalid_grant"),
    UNSUPPORTED_GRANT_TYPE("unsupported_grant_type"),
    UNSUPPORTED_RESPONSE_TYPE("unsupported_response_type"),
    INVALID_SCOPE("invalid_scope");

    private final String code;

    OAuthError(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
