package dev.stockroom.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockroom.common.BadRequestException;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters of HighLevel's OAuth posts: a form ({@code application/x-www-form-urlencoded}, as the spec sends
 * them, or multipart), or a JSON object of strings, which HighLevel's server reads as well. A parameter may appear
 * once (RFC 6749 3.2); empty values read as absent.
 */
final class FormParams {
    private FormParams() {}

    /** Thrown for a body that cannot be read as parameters; each endpoint answers it in its own shape. */
    static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    static Map<String, String> read(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json")) return fromJson(ctx);
        if (!type.isEmpty() && !type.startsWith("application/x-www-form-urlencoded")
                && !type.startsWith("multipart/form-data")) {
            throw new Unreadable("Content-Type must be application/x-www-form-urlencoded");
        }
        Map<String, String> params = new HashMap<>();
        for (Map.Entry<String, List<String>> param : ctx.formParamMap().entrySet()) {
            if (param.getValue().size() > 1) throw new Unreadable(param.getKey() + " must not be repeated");
            String value = param.getValue().isEmpty() ? "" : param.getValue().get(0);
            if (!value.isEmpty()) params.put(param.getKey(), requireNoNul(param.getKey(), value));
        }
        return params;
    }

    /** PostgreSQL text cannot hold U+0000: refused on every backend, so that both answer alike. Null passes. */
    static String requireNoNul(String name, String value) {
        if (value != null && value.indexOf('\0') >= 0) throw new Unreadable(name + " " + BodyReader.NO_NUL);
        return value;
    }

    private static Map<String, String> fromJson(Context ctx) {
        JsonNode body;
        try {
            body = Requests.body(ctx);
        } catch (BadRequestException e) {
            throw new Unreadable(e.getMessage());
        }
        Map<String, String> params = new HashMap<>();
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            if (field.getValue().isNull()) continue;
            if (!field.getValue().isTextual()) throw new Unreadable(field.getKey() + " must be a string");
            String value = field.getValue().textValue();
            if (!value.isEmpty()) params.put(field.getKey(), requireNoNul(field.getKey(), value));
        }
        return params;
    }
}
