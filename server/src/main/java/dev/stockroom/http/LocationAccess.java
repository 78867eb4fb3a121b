package dev.stockroom.http;

import dev.stockroom.auth.AccessPolicy;
import io.javalin.http.Context;

/** Checks that the caller's token reaches the location a request names, and returns that location. */
final class LocationAccess {
    private final AccessPolicy policy;

    LocationAccess(AccessPolicy policy) {
        this.policy = policy;
    }

    String authorize(Context ctx, String requestedLocationId) {
        return policy.authorizeLocation(Requests.principal(ctx), requestedLocationId);
    }
}
