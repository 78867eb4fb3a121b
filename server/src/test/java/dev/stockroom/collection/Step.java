package dev.stockroom.collection;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One write of a random scenario, sent over HTTP. Steps name products, prices and collections by a slot, taken modulo
 * how many exist when the step runs; a step with nothing to act on does nothing.
 */
sealed interface Step {
    void apply(CatalogModel model);

    static <T> T pick(List<T> items, int slot) {
        return items.isEmpty() ? null : items.get(slot % items.size());
    }

    record CreateProduct(String name, String type, boolean available, List<String> options) implements Step {
        @Override
        public void apply(CatalogModel model) {
            String id = model.send("POST", "/products/", productBody(model, name, type, available, options))
                    .path("_id")
                    .asText();
            model.products.add(id);
        }
    }

    record UpdateProduct(int slot, String name, String type, boolean available, List<String> options)
            implements Step {
        @Override
        public void apply(CatalogModel model) {
            String id = pick(model.products, slot);
            if (id != null) model.send("PUT", "/products/" + id, productBody(model, name, type, available, options));
        }
    }

    record DeleteProduct(int slot) implements Step {
        @Override
        public void apply(CatalogModel model) {
            String id = pick(model.products, slot);
            if (id == null) return;
            model.send("DELETE", "/products/" + id + "?locationId=" + model.location(), null);
            model.productDeleted(id);
        }
    }

    record PriceFields(String name, String amount, String compareAtPrice, boolean track, Long quantity, String sku) {
        String body(CatalogModel model) {
            return """
                    {"name": "%s", "type": "one_time", "currency": "USD", "amount": %s, "compareAtPrice": %s,
                     "trackInventory": %s, "availableQuantity": %s, "sku": %s, "locationId": "%s"}
                    """.formatted(name, amount, compareAtPrice, track, quantity, sku == null ? null : "\"" + sku + "\"",
                    model.location());
        }
    }

    record CreatePrice(int slot, PriceFields fields) implements Step {
        @Override
        public void apply(CatalogModel model) {
            String productId = pick(model.products, slot);
            if (productId == null) return;
            String id = model.send("POST", "/products/" + productId + "/price", fields.body(model))
                    .path("_id")
                    .asText();
            model.prices.put(id, productId);
        }
    }

    record UpdatePrice(int slot, PriceFields fields) implements Step {
        @Override
        public void apply(CatalogModel model) {
            String id = pick(new ArrayList<>(model.prices.keySet()), slot);
            if (id != null) model.send("PUT", "/products/" + model.prices.get(id) + "/price/" + id, fields.body(model));
        }
    }

    record DeletePrice(int slot) implements Step {
        @Override
        public void apply(CatalogModel model) {
            String id = pick(new ArrayList<>(model.prices.keySet()), slot);
            if (id == null) return;
            model.send("DELETE", "/products/" + model.prices.get(id) + "/price/" + id + "?locationId=" + model.location(),
                    null);
            model.prices.remove(id);
        }
    }

    record Inventory(int slot, long quantity) implements Step {
        @Override
        public void apply(CatalogModel model) {
            String id = pick(new ArrayList<>(model.prices.keySet()), slot);
            if (id == null) return;
            model.send("POST", "/products/inventory", """
                    {"altId": "%s", "altType": "location", "items": [{"priceId": "%s", "availableQuantity": %d}]}
                    """.formatted(model.location(), id, quantity));
        }
    }

    record BulkPrice(String type, String value) implements Step {
        @Override
        public void apply(CatalogModel model) {
            if (model.products.isEmpty()) return;
            model.send("POST", "/products/bulk-update", """
                    {"altId": "%s", "altType": "location", "type": "bulk-update-price", "productIds": [%s],
                     "price": {"type": "%s", "value": %s}, "compareAtPrice": {"type": "%s", "value": %s}}
                    """.formatted(model.location(), quoted(model.products), type, value, type, value));
        }
    }

    record BulkAvailability(boolean available) implements Step {
        @Override
        public void apply(CatalogModel model) {
            if (model.products.isEmpty()) return;
            model.send("POST", "/products/bulk-update", """
                    {"altId": "%s", "altType": "location", "type": "bulk-update-availability", "productIds": [%s],
                     "availability": %s}
                    """.formatted(model.location(), quoted(model.products), available));
        }
    }

    record CreateSmart(PlainRuleEvaluator.Rules rules) implements Step {
        @Override
        public void apply(CatalogModel model) {
            model.checkPreview(rules);
            String id = model.send("POST", "/products/collections", """
                            {"altId": "%s", "altType": "location", "name": "Smart", "type": "smart", "rules": %s}
                            """.formatted(model.location(), CatalogModel.json(rules)))
                    .path("data")
                    .path("_id")
                    .asText();
            model.rules.put(id, rules);
        }
    }

    record ChangeRules(int slot, PlainRuleEvaluator.Rules rules) implements Step {
        @Override
        public void apply(CatalogModel model) {
            String id = pick(new ArrayList<>(model.rules.keySet()), slot);
            if (id == null || model.manualMembers.containsKey(id)) return;
            model.send("PUT", "/products/collections/" + id, """
                    {"altId": "%s", "altType": "location", "rules": %s}
                    """.formatted(model.location(), CatalogModel.json(rules)));
            model.rules.put(id, rules);
        }
    }

    record ToManual(int slot) implements Step {
        @Override
        public void apply(CatalogModel model) {
            String id = pick(new ArrayList<>(model.rules.keySet()), slot);
            if (id == null || model.manualMembers.containsKey(id)) return;
            model.becomesManual(id);
            model.send("PUT", "/products/collections/" + id, """
                    {"altId": "%s", "altType": "location", "type": "manual"}
                    """.formatted(model.location()));
        }
    }

    /** Back to smart without rules in the body: the rules it kept apply again. */
    record ToSmart(int slot) implements Step {
        @Override
        public void apply(CatalogModel model) {
            String id = pick(new ArrayList<>(model.manualMembers.keySet()), slot);
            if (id == null) return;
            model.send("PUT", "/products/collections/" + id, """
                    {"altId": "%s", "altType": "location", "type": "smart"}
                    """.formatted(model.location()));
            model.manualMembers.remove(id);
        }
    }

    record DeleteCollection(int slot) implements Step {
        @Override
        public void apply(CatalogModel model) {
            String id = pick(new ArrayList<>(model.rules.keySet()), slot);
            if (id == null) return;
            model.send("DELETE", "/products/collections/" + id + "?altId=" + model.location() + "&altType=location",
                    null);
            model.rules.remove(id);
            model.manualMembers.remove(id);
        }
    }

    private static String productBody(
            CatalogModel model, String name, String type, boolean available, List<String> options) {
        String variants = options.isEmpty()
                ? "[]"
                : "[{\"id\": \"v\", \"name\": \"Size\", \"options\": ["
                        + options.stream()
                                .map(option -> "{\"id\": \"" + option.toLowerCase() + "\", \"name\": \"" + option + "\"}")
                                .collect(Collectors.joining(", "))
                        + "]}]";
        return """
                {"name": "%s", "locationId": "%s", "productType": "%s", "availableInStore": %s, "variants": %s}
                """.formatted(name, model.location(), type, available, variants);
    }

    private static String quoted(List<String> ids) {
        return ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(", "));
    }
}
