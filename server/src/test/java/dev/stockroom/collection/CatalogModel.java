package dev.stockroom.collection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockroom.testing.ApiResponse;
import dev.stockroom.testing.Tenant;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One tenant's catalog driven over HTTP, with what the test knows of its collections: the rules it gave each smart
 * collection, and the members each manual one kept when it stopped being smart. {@link #check} compares every
 * collection's members as the server answers them with a plain evaluation of those rules over the catalog as the
 * server answers it.
 */
final class CatalogModel {
    final Tenant tenant;
    final List<String> products = new ArrayList<>();
    /** Price id to its product id. */
    final Map<String, String> prices = new LinkedHashMap<>();
    /** Collection id to the rules it was last given. */
    final Map<String, PlainRuleEvaluator.Rules> rules = new LinkedHashMap<>();
    /** Manual collections (once smart) and the members they must hold. */
    final Map<String, Set<String>> manualMembers = new HashMap<>();

    CatalogModel(Tenant tenant) {
        this.tenant = tenant;
    }

    /** Sends a request; the scenario only sends valid ones, so anything but a 2xx fails the property. */
    JsonNode send(String method, String path, String body) {
        ApiResponse response = tenant.api().send(method, path, body);
        assertThat(response.status()).as("%s %s %s -> %s", method, path, body, response).isBetween(200, 201);
        return response.json();
    }

    String location() {
        return tenant.locationId();
    }

    void productDeleted(String productId) {
        products.remove(productId);
        prices.values().removeIf(productId::equals);
        manualMembers.values().forEach(members -> members.remove(productId));
    }

    /** Called before a smart collection turns manual: it keeps the members it has, which {@link #check} proved. */
    void becomesManual(String collectionId) {
        manualMembers.put(collectionId, expectedMembers(rules.get(collectionId), catalog()));
    }

    /** Stockroom's preview of {@code collectionRules} counts and lists what the plain evaluation selects. */
    void checkPreview(PlainRuleEvaluator.Rules collectionRules) {
        Set<String> expected = expectedMembers(collectionRules, catalog());
        JsonNode preview = send("POST", "/stockroom/collections/preview?limit=1000", """
                {"altId": "%s", "altType": "location", "rules": %s}
                """.formatted(location(), json(collectionRules)));
        Set<String> listed = new TreeSet<>(preview.path("products").findValuesAsText("_id"));
        assertThat(listed).as("preview of %s", collectionRules).isEqualTo(expected);
        assertThat(preview.path("total").asLong()).isEqualTo(expected.size());
    }

    void check(String when) {
        Map<String, JsonNode> catalog = catalog();
        Map<String, Set<String>> actual = new HashMap<>();
        catalog.forEach((productId, product) -> product.path("collectionIds")
                .forEach(id -> actual.computeIfAbsent(id.asText(), key -> new TreeSet<>()).add(productId)));
        for (String collectionId : rules.keySet()) {
            Set<String> expected = manualMembers.containsKey(collectionId)
                    ? new TreeSet<>(manualMembers.get(collectionId))
                    : expectedMembers(rules.get(collectionId), catalog);
            assertThat(actual.getOrDefault(collectionId, Set.of()))
                    .as("members of %s %s %s", collectionId, rules.get(collectionId), when)
                    .isEqualTo(expected);
            JsonNode collection = send("GET", "/products/collections/" + collectionId + "?altId=" + location(), null);
            assertThat(collection.path("data").path("stats").path("productCount").asLong())
                    .as("productCount of %s %s", collectionId, when)
                    .isEqualTo(expected.size());
        }
    }

    private Set<String> expectedMembers(PlainRuleEvaluator.Rules collectionRules, Map<String, JsonNode> catalog) {
        Set<String> expected = new TreeSet<>();
        catalog.forEach((productId, product) -> {
            if (PlainRuleEvaluator.matches(collectionRules, product, pricesOf(productId))) expected.add(productId);
        });
        return expected;
    }

    /** Every product as the API answers it, by id. */
    private Map<String, JsonNode> catalog() {
        Map<String, JsonNode> catalog = new LinkedHashMap<>();
        JsonNode list = send("GET", "/products/?limit=1000&locationId=" + location(), null);
        list.path("products").forEach(product -> catalog.put(product.path("_id").asText(), product));
        assertThat(new HashSet<>(catalog.keySet())).isEqualTo(new HashSet<>(products));
        return catalog;
    }

    private List<JsonNode> pricesOf(String productId) {
        List<JsonNode> result = new ArrayList<>();
        send("GET", "/products/" + productId + "/price?limit=1000&locationId=" + location(), null)
                .path("prices")
                .forEach(result::add);
        return result;
    }

    /** The rules as a JSON body, and as the plain evaluator reads them. */
    static String json(PlainRuleEvaluator.Rules rules) {
        StringBuilder json = new StringBuilder("{\"logic\": \"" + rules.logic() + "\", \"conditions\": [");
        for (int i = 0; i < rules.conditions().size(); i++) {
            PlainRuleEvaluator.Condition condition = rules.conditions().get(i);
            Object value = condition.value();
            String valueJson = value instanceof String text ? "\"" + text + "\""
                    : value instanceof BigDecimal number ? number.toPlainString()
                    : value.toString();
            json.append(i == 0 ? "" : ", ")
                    .append("{\"field\": \"%s\", \"operator\": \"%s\", \"value\": %s}"
                            .formatted(condition.field(), condition.operator(), valueJson));
        }
        return json.append("]}").toString();
    }
}
