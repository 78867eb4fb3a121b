package dev.stockroom.common;

import java.util.List;

/** A valid token asking for a location it does not reach. */
public final class ForbiddenException extends ApiException {
    public static final String NO_LOCATION_ACCESS = "The token does not have access to this location.";
    public static final String NO_COMPANY_ACCESS = "The token does not have access to this company.";

    public ForbiddenException(String message) {
        super(List.of(message));
    }
}
