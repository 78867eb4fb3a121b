package dev.stockroom.oauth;

/** A refused OAuth request: an error code and a description for the developer. Carries no HTTP status. */
public final class OAuthException extends RuntimeException {
    private final OAuthError error;

    public OAuthException(OAuthError error, String description) {
        super(description, null, false, false);
        this.error = error;
    }

    public OAuthError error() {
        return error;
    }

    public String description() {
        return getMessage();
    }
}
