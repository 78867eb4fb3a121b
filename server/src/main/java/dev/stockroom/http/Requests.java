package dev.stockroom.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.stockroom.auth.Principal;
import dev.stockroom.common.BadRequestException;
import dev.stockroom.common.ObjectIds;
import dev.stockroom.common.PageRequest;
import dev.stockroom.product.SortOrder;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads what every handler needs from a request: the body as JSON, query values, the caller. */
final class Requests {
    static final String PRINCIPAL = "stockroom.principal";

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION) // {"name":"a","name":"b"} is ambiguous: refuse
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS) // {"name":"a"} junk is not a JSON document
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS) // 0.1 stays 0.1, never a binary double
            .build();

    private static final Pattern COMMA = Pattern.compile(",");

    private Requests() {}

    static Principal principal(Context ctx) {
        return ctx.attribute(PRINCIPAL);
    }

    /** The body as a JSON object; an empty body reads as {@code {}} so that missing fields are listed (422). */
    static JsonNode body(Context ctx) {
        String text = ctx.body(); // Javalin refuses bodies over the configured size with 413
        if (text.isBlank()) return JsonNodeFactory.instance.objectNode();
        JsonNode node;
        try {
            node = STRICT.readTree(text);
        } catch (JsonProcessingException e) {
            throw new BadRequestException(invalidJson(e));
        }
        if (node == null || !node.isObject()) throw new BadRequestException("Request body must be a JSON object");
        return node;
    }

    /**
     * What is wrong with a body and where. Jackson's own messages name its classes and settings (PRODUCT.md: no class
     * name reaches a client), so only the kind of problem and its line and column are passed on.
     */
    private static String invalidJson(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String problem;
        if (e instanceof StreamConstraintsException) {
            problem = "nested too deeply, or a number or key too long";
        } else if (original.startsWith("Duplicate field ")) {
            problem = "duplicate key " + original.substring("Duplicate field ".length());
        } else if (original.startsWith("Trailing token")) {
            problem = "unexpected data after the JSON value";
        } else if (original.startsWith("Unexpected end-of-input")) {
            problem = "unexpected end of input";
        } else {
            problem = "unexpected character or token";
        }
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1
                ? ""
                : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return "Request body is not valid JSON: " + problem + where;
    }

    /**
     * Javalin silently drops a query value it cannot percent-decode ({@code limit=abc%ZZ} would read as no limit), so
     * a query string with a malformed escape is refused as a whole; so is one with U+0000 ({@code %00}), which
     * PostgreSQL text cannot hold.
     */
    static void requireDecodableQuery(Context ctx) {
        String query = ctx.queryString();
        if (query == null || query.indexOf('%') < 0) return;
        String decoded;
        try {
            decoded = URLDecoder.decode(query, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Query string has a malformed percent-encoding");
        }
        if (decoded.indexOf('\0') >= 0) {
            throw new BadRequestException("Query string must not contain NUL characters");
        }
    }

    static String requiredQuery(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) throw new BadRequestException(name + " should not be empty");
        return value;
    }

    static PageRequest page(Context ctx) {
        return page(ctx, "offset");
    }

    /** {@code limit} and an offset named {@code offsetName} ({@code skip} on {@code /oauth/installedLocations}). */
    static PageRequest page(Context ctx, String offsetName) {
        int limit = nonNegativeInt(ctx, "limit");
        if (limit > PageRequest.MAX_LIMIT) {
            throw new BadRequestException("limit must not be greater than " + PageRequest.MAX_LIMIT);
        }
        return new PageRequest(limit == 0 ? PageRequest.DEFAULT_LIMIT : limit, nonNegativeInt(ctx, offsetName));
    }

    private static int nonNegativeInt(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) return 0;
        try {
            int number = Integer.parseInt(value);
            if (number >= 0) return number;
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequestException(name + " must be a non-negative integer");
    }

    /** {@code sortOrder}: newest first unless asked otherwise. */
    static SortOrder sortOrder(Context ctx) {
        String value = ctx.queryParam("sortOrder");
        if (value == null || value.isEmpty() || value.equals("desc")) return SortOrder.DESC;
        if (value.equals("asc")) return SortOrder.ASC;
        throw new BadRequestException("sortOrder must be one of the following values: asc, desc");
    }

    static Boolean optionalBoolean(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) return null;
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BadRequestException(name + " must be a boolean value");
        };
    }

    /**
     * A list-valued query parameter in any of the forms clients send: {@code ids=a&ids=b}, {@code ids[]=a&ids[]=b}
     * (HighLevel's Node client) and {@code ids=a,b}.
     */
    static List<String> list(Context ctx, String name) {
        List<String> values = new ArrayList<>();
        for (String key : List.of(name, name + "[]")) {
            for (String raw : ctx.queryParams(key)) {
                for (String part : COMMA.split(raw)) {
                    String trimmed = part.strip();
                    if (!trimmed.isEmpty()) values.add(trimmed);
                }
            }
        }
        return values;
    }

    /** A list of at most {@link PageRequest#MAX_LIMIT} values of at most {@link Limits#SHORT_TEXT} characters each. */
    static List<String> boundedList(Context ctx, String name) {
        List<String> values = list(ctx, name);
        if (values.size() > PageRequest.MAX_LIMIT) {
            throw new BadRequestException(name + " must contain no more than " + PageRequest.MAX_LIMIT + " elements");
        }
        if (values.stream().anyMatch(value -> value.length() > Limits.SHORT_TEXT)) {
            throw new BadRequestException(
                    "each value in " + name + " must be shorter than or equal to " + Limits.SHORT_TEXT + " characters");
        }
        return values;
    }

    static List<String> mongoIdList(Context ctx, String name) {
        List<String> ids = boundedList(ctx, name);
        if (!ids.stream().allMatch(ObjectIds::isValid)) {
            throw new BadRequestException("each value in " + name + " must be a mongodb id");
        }
        return ids.stream().map(id -> id.toLowerCase(Locale.ROOT)).toList();
    }
}
