package dev.stockroom.http;

import dev.stockroom.common.BadRequestException;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/**
 * HighLevel's {@code altId} and {@code altType} pair, which names the location on collections and reviews. The seed
 * pages send {@code "altType": "LOCATION"} where the enum says {@code location}: any case is accepted.
 */
final class Alt {
    private Alt() {}

    static Optional<String> parseType(String value) {
        return value.equalsIgnoreCase("location") ? Optional.of("location") : Optional.empty();
    }

    /** Both fields of a body (422 when missing or wrong); returns altId. */
    static String fromBody(BodyReader in) {
        String altId = in.requiredString("altId", Limits.SHORT_TEXT);
        in.requiredEnum("altType", Alt::parseType, List.of("location"));
        return altId;
    }

    /** Both query parameters (400 when missing or wrong); returns altId. */
    static String fromQuery(Context ctx) {
        String altId = Requests.requiredQuery(ctx, "altId");
        String altType = Requests.requiredQuery(ctx, "altType");
        if (parseType(altType).isEmpty()) {
            throw new BadRequestException("altType must be one of the following values: location");
        }
        return altId;
    }
}
