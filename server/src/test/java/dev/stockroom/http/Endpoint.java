package dev.stockroom.http;

import dev.stockroom.auth.Scope;
import dev.stockroom.testing.Api;
import dev.stockroom.testing.ApiResponse;
import dev.stockroom.testing.Tenant;
import java.util.function.BiFunction;

/**
 * The product, collection, store and bulk operations, each with the scope HighLevel requires, whether agency tokens
 * may call it, and a valid request for a location (and an id, for operations on one item).
 */
enum Endpoint {
    CREATE_PRODUCT(Scope.PRODUCTS_WRITE, true, Item.NONE, 201,
            (location, id) -> new Call("POST", "/products/", Errors.productBody(location, "Mug"))),
    LIST_PRODUCTS(Scope.PRODUCTS_READONLY, true, Item.NONE, 200,
            (location, id) -> new Call("GET", "/products/?locationId=" + location, null)),
    GET_PRODUCT(Scope.PRODUCTS_READONLY, true, Item.PRODUCT, 200,
            (location, id) -> new Call("GET", "/products/" + id + "?locationId=" + location, null)),
    UPDATE_PRODUCT(Scope.PRODUCTS_WRITE, true, Item.PRODUCT, 200,
            (location, id) -> new Call("PUT", "/products/" + id, Errors.productBody(location, "Cup"))),
    DELETE_PRODUCT(Scope.PRODUCTS_WRITE, true, Item.PRODUCT, 200,
            (location, id) -> new Call("DELETE", "/products/" + id + "?locationId=" + location, null)),
    CREATE_COLLECTION(Scope.COLLECTION_WRITE, false, Item.NONE, 201,
            (location, id) -> new Call("POST", "/products/collections", Errors.collectionBody(location, "Kitchen"))),
    LIST_COLLECTIONS(Scope.COLLECTION_READONLY, false, Item.NONE, 200,
            (location, id) -> new Call("GET", "/products/collections?altType=location&altId=" + location, null)),
    GET_COLLECTION(Scope.COLLECTION_READONLY, false, Item.COLLECTION, 200,
            (location, id) -> new Call("GET", "/products/collections/" + id + "?altId=" + location, null)),
    UPDATE_COLLECTION(Scope.COLLECTION_WRITE, false, Item.COLLECTION, 200,
            (location, id) -> new Call("PUT", "/products/collections/" + id, Errors.collectionBody(location, "Pantry"))),
    DELETE_COLLECTION(Scope.COLLECTION_WRITE, false, Item.COLLECTION, 200,
            (location, id) -> new Call(
                    "DELETE", "/products/collections/" + id + "?altType=location&altId=" + location, null)),
    STORE_STATUS(Scope.PRODUCTS_WRITE, false, Item.PRODUCT, 201,
            (location, id) -> new Call("POST", "/products/store/main", """
                    {"altId": "%s", "altType": "location", "action": "include", "productIds": ["%s"]}
                    """.formatted(location, id))),
    STORE_STATS(Scope.PRODUCTS_READONLY, false, Item.NONE, 200,
            (location, id) -> new Call("GET", "/products/store/main/stats?altType=location&altId=" + location, null)),
    STORE_PRIORITY(Scope.PRODUCTS_WRITE, false, Item.PRODUCT, 200,
            (location, id) -> new Call("POST", "/products/store/main/priority", """
                    {"altId": "%s", "altType": "location", "products": [{"productId": "%s", "priority": 1}]}
                    """.formatted(location, id))),
    BULK_UPDATE(Scope.PRODUCTS_WRITE, false, Item.PRODUCT, 201,
            (location, id) -> new Call("POST", "/products/bulk-update", """
                    {"altId": "%s", "altType": "location", "type": "bulk-update-availability", "availability": false,
                     "productIds": ["%s"]}""".formatted(location, id))),
    BULK_EDIT(Scope.PRODUCTS_WRITE, false, Item.PRODUCT, 201,
            (location, id) -> new Call("POST", "/products/bulk-update/edit", """
                    {"altId": "%s", "altType": "location", "products": [{"_id": "%s", "name": "Cup"}]}"""
                    .formatted(location, id)));

    /** What an operation acts on: nothing yet (create, list, stats), a product or a collection. */
    enum Item {
        NONE,
        PRODUCT,
        COLLECTION
    }

    record Call(String method, String path, String body) {
        ApiResponse send(Api api) {
            return api.send(method, path, body);
        }
    }

    final Scope scope;
    final boolean agencyAllowed;
    final Item item;
    final int success;
    private final BiFunction<String, String, Call> call;

    Endpoint(Scope scope, boolean agencyAllowed, Item item, int success, BiFunction<String, String, Call> call) {
        this.scope = scope;
        this.agencyAllowed = agencyAllowed;
        this.item = item;
        this.success = success;
        this.call = call;
    }

    /** The request for {@code locationId} and item {@code id} (ignored by create and list). */
    Call call(String locationId, String id) {
        return call.apply(locationId, id);
    }

    /** A valid request for the tenant's location, on a new item when the operation needs one. */
    Call call(Tenant tenant) {
        return call(tenant.locationId(), newItem(tenant));
    }

    /** Creates the item this operation acts on in the tenant's location (with its own token); null for none. */
    String newItem(Tenant tenant) {
        return switch (item) {
            case NONE -> null;
            case PRODUCT -> Errors.createProduct(tenant, "Mug");
            case COLLECTION -> Errors.createCollection(tenant, "Kitchen");
        };
    }

    boolean writes() {
        return !call(null, null).method().equals("GET");
    }
}
