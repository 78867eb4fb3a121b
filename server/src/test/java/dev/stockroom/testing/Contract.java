package dev.stockroom.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * HighLevel's {@code apps/products.json} and {@code apps/oauth.json}, read as one spec, with
 * {@code common/common-schemas.json} inlined and {@code errata.json} applied, loaded once, checking responses. Additional properties are errors, so an undocumented field
 * fails a test unless the errata declare it.
 */
public final class Contract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COMMON_REF = "../common/common-schemas.json#/components/schemas/";
    private static final OpenApiInteractionValidator VALIDATOR = load();

    private Contract() {}

    /** Every problem HighLevel's spec finds with this response; empty when it conforms. */
    public static ValidationReport check(String method, String path, int status, String contentType, String body) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        if (contentType != null) response.withContentType(contentType);
        if (body != null && !body.isEmpty()) response.withBody(body);
        return VALIDATOR.validateResponse(path, Request.Method.valueOf(method), response.build());
    }

    /** Whether the spec has an operation for this method and path (Stockroom's own paths are not in it). */
    public static boolean covers(String path) {
        return !path.startsWith("/stockroom/");
    }

    private static OpenApiInteractionValidator load() {
        ObjectNode spec = (ObjectNode) read("/highlevel/apps/products.json");
        ObjectNode schemas = (ObjectNode) spec.path("components").path("schemas");
        JsonNode oauth = read("/highlevel/apps/oauth.json");
        oauth.path("paths").properties().forEach(e -> ((ObjectNode) spec.path("paths")).set(e.getKey(), e.getValue()));
        oauth.path("components").path("schemas").properties().forEach(e -> schemas.set(e.getKey(), e.getValue()));
        JsonNode common = read("/highlevel/common/common-schemas.json");
        common.path("components").path("schemas").properties().forEach(e -> schemas.set(e.getKey(), e.getValue()));
        inlineCommonRefs(spec);
        for (JsonNode entry : read("/highlevel/errata.json").path("entries")) {
            JsonNode pointers = entry.has("pointers") ? entry.get("pointers") : JSON.createArrayNode().add(entry.get("pointer"));
            for (JsonNode pointer : pointers) {
                apply(spec, pointer.asText().substring(1).split("/"), 0, entry.path("value"));
            }
        }
        try {
            return OpenApiInteractionValidator.createForInlineApiSpecification(JSON.writeValueAsString(spec))
                    .withLevelResolver(LevelResolver.create()
                            // Only responses are checked: requests are the tests' own, some of them bad on purpose.
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void inlineCommonRefs(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.asText().startsWith(COMMON_REF)) {
                object.put("$ref", "#/components/schemas/" + ref.asText().substring(COMMON_REF.length()));
            }
            object.elements().forEachRemaining(Contract::inlineCommonRefs);
        } else if (node.isArray()) {
            node.elements().forEachRemaining(Contract::inlineCommonRefs);
        }
    }

    /**
     * Sets {@code value} at the pointer's place; a {@code *} segment stands for every key at that level. As in JSON
     * pointers, {@code ~1} stands for a slash in a key (paths) and {@code ~0} for a tilde.
     */
    private static void apply(JsonNode node, String[] segments, int index, JsonNode value) {
        ObjectNode object = (ObjectNode) node;
        String segment = segments[index].replace("~1", "/").replace("~0", "~");
        if (index == segments.length - 1) {
            object.set(segment, value.deepCopy());
        } else if (segment.equals("*")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                JsonNode child = it.next().getValue();
                if (child.isObject()) apply(child, segments, index + 1, value);
            }
        } else {
            JsonNode child = object.get(segment);
            if (child == null) throw new IllegalStateException("errata pointer does not exist: " + String.join("/", segments));
            apply(child, segments, index + 1, value);
        }
    }

    private static JsonNode read(String resource) {
        try (InputStream in = Contract.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing test resource " + resource);
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
