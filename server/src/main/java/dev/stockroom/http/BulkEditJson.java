package dev.stockroom.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockroom.bulk.BulkEditService;
import dev.stockroom.bulk.ProductEdit;
import dev.stockroom.common.InvalidInputException;
import dev.stockroom.common.ObjectIds;
import dev.stockroom.product.ProductPatch;
import java.util.List;
import java.util.Locale;

/** Maps BulkEditRequestDto to product edits, each with the edits of its prices. */
final class BulkEditJson {
    private BulkEditJson() {}

    static Parsed<List<ProductEdit>> parse(JsonNode body) {
        BodyReader in = BodyReader.of(body);
        String altId = Alt.fromBody(in);
        JsonNode raw = in.raw("products");
        if (raw == null || raw.isNull()) in.error("products", "must be an array");
        if (raw != null && raw.isArray()) {
            // Over the limit, the count is the one answer: the items need not be read.
            int entities = entities(raw);
            if (entities > BulkEditService.MAX_ENTITIES) throw new InvalidInputException(BulkEditService.tooMany(entities));
            if (raw.isEmpty()) in.error("products", "should not be empty");
        }
        List<ProductEdit> products = in.optionalObjectArray("products", BulkEditService.MAX_ENTITIES,
                        (product, i) -> readProduct(product))
                .orElse(List.of());
        in.finish();
        return new Parsed<>(altId, products);
    }

    /** Products and the prices nested in them, as BulkEditRequestDto.products says the limit counts them. */
    private static int entities(JsonNode products) {
        int count = products.size();
        for (JsonNode product : products) {
            if (product.path("prices").isArray()) count += product.path("prices").size();
        }
        return count;
    }

    private static ProductEdit readProduct(BodyReader in) {
        String id = readId(in);
        ProductPatch patch = ProductJson.readBulkEdit(in);
        List<ProductEdit.PriceEdit> prices = in.optionalObjectArray("prices", BulkEditService.MAX_ENTITIES,
                        (price, j) -> new ProductEdit.PriceEdit(readId(price), PriceJson.readBulkEdit(price)))
                .orElse(List.of());
        return new ProductEdit(id, patch, prices);
    }

    private static String readId(BodyReader in) {
        String id = in.requiredString("_id", Limits.SHORT_TEXT);
        if (id == null) return null;
        if (!ObjectIds.isValid(id)) {
            in.error("_id", "must be a mongodb id");
            return null;
        }
        return id.toLowerCase(Locale.ROOT);
    }
}
