package dev.stockroom.http;

import dev.stockroom.api.StatusDto;
import dev.stockroom.auth.Scope;
import dev.stockroom.common.BadRequestException;
import dev.stockroom.store.DisplayPriority;
import dev.stockroom.store.StoreIds;
import dev.stockroom.store.StoreService;
import dev.stockroom.store.StoreStatsQuery;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;

/**
 * HighLevel's storefront operations (tag "Store" of {@code apps/products.json}); the spec allows sub-account tokens
 * only ("Location-Access") on all three.
 */
final class StoreRoutes {
    private final StoreService stores;
    private final LocationAccess access;

    StoreRoutes(StoreService stores, LocationAccess access) {
        this.stores = stores;
        this.access = access;
    }

    /**
     * Registered before the product routes. The spec names no scope for the priority update; it changes what a store
     * shows, as include/exclude does, so it needs products.write too.
     */
    void register(Javalin app) {
        app.post("/products/store/{storeId}", this::updateStatus, Access.locationOnly(Scope.PRODUCTS_WRITE));
        app.get("/products/store/{storeId}/stats", this::stats, Access.locationOnly(Scope.PRODUCTS_READONLY));
        app.head("/products/store/{storeId}/stats", this::stats, Access.locationOnly(Scope.PRODUCTS_READONLY));
        app.post(
                "/products/store/{storeId}/priority", this::updatePriorities, Access.locationOnly(Scope.PRODUCTS_WRITE));
    }

    /** HighLevel answers 201 with UpdateProductStoreResponseDto. */
    private void updateStatus(Context ctx) {
        String storeId = storeId(ctx);
        Parsed<StoreJson.StatusChange> body = StoreJson.parseStatus(Requests.body(ctx));
        stores.updateStatus(
                access.authorize(ctx, body.locationId()), storeId, body.value().action(), body.value().productIds());
        ctx.status(201).json(new StatusDto(true, "Successfully updated"));
    }

    private void stats(Context ctx) {
        String storeId = storeId(ctx);
        String locationId = access.authorize(ctx, Alt.fromQuery(ctx));
        StoreStatsQuery query =
                new StoreStatsQuery(ctx.queryParam("search"), Requests.mongoIdList(ctx, "collectionIds"));
        ctx.json(StoreJson.toDto(stores.stats(locationId, storeId, query)));
    }

    /** The spec documents a bare 200; the body is the status every other Stockroom write answers (see errata). */
    private void updatePriorities(Context ctx) {
        String storeId = storeId(ctx);
        Parsed<List<DisplayPriority>> body = StoreJson.parsePriorities(Requests.body(ctx));
        stores.updatePriorities(access.authorize(ctx, body.locationId()), storeId, body.value());
        ctx.json(new StatusDto(true, "Successfully updated display priorities"));
    }

    static String storeId(Context ctx) {
        return requireStoreId(ctx.pathParam("storeId"));
    }

    /** A store id in a path or query that cannot be one is a bad request, like any malformed value there. */
    static String requireStoreId(String storeId) {
        if (!StoreIds.isValid(storeId)) throw new BadRequestException("storeId " + StoreIds.RULE);
        return storeId;
    }
}
