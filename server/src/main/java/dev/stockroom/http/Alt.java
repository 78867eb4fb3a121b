package dev.stockroom.http;

import dev.stockroom.common.BadRequestException;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/**
 * HighLevel's {@code altId}/{@code altType} pair, which names the location of collection and store requests. The seed
 * pages send {@code "altType": "LOCATION"} where the enum says {@code location}: any letter case is accepted.
 */
final class Alt {
    private Alt() {}

    /** The altId of a body; violations are collected by the reader. */
    static String fromBody(BodyReader in) {
        String altId = in.requiredString("altId", Limits.SHORT_TEXT);
        in.requiredEnum("altType", Alt::parseType, List.of("location"));
        return altId;
    }

    /** The altId of the query; a missing or bad value is a 400, as for every query value. */
    static String fromQuery(Context ctx) {
        String altId = Requests.requiredQuery(ctx, "altId");
        if (parseType(Requests.requiredQuery(ctx, "altType")).isEmpty()) {
            throw new BadRequestException("altType must be one of the following values: location");
        }
        return altId;
    }

    private static Optional<String> parseType(String value) {
        return value.equalsIgnoreCase("location") ? Optional.of("location") : Optional.empty();
    }
}
