package dev.stockroom.http;

import dev.stockroom.api.CollectionResponses;
import dev.stockroom.api.SmartCollectionPreviewDto;
import dev.stockroom.api.StatusDto;
import dev.stockroom.auth.Scope;
import dev.stockroom.collection.Collection;
import dev.stockroom.collection.CollectionDraft;
import dev.stockroom.collection.CollectionPatch;
import dev.stockroom.collection.CollectionQuery;
import dev.stockroom.collection.CollectionService;
import dev.stockroom.collection.RuleSet;
import dev.stockroom.product.Product;
import dev.stockroom.common.Page;
import io.javalin.Javalin;
import io.javalin.http.Context;

/**
 * The five collection operations (HighLevel allows sub-account tokens only here), and Stockroom's preview of smart
 * collection rules.
 */
final class CollectionRoutes {
    private final CollectionService collections;
    private final LocationAccess access;

    CollectionRoutes(CollectionService collections, LocationAccess access) {
        this.collections = collections;
        this.access = access;
    }

    /** HEAD runs the GET handler, as Express does (Javalin would otherwise answer 200 without running a check). */
    void register(Javalin app) {
        app.post("/products/collections", this::create, Access.locationOnly(Scope.COLLECTION_WRITE));
        app.get("/products/collections", this::list, Access.locationOnly(Scope.COLLECTION_READONLY));
        app.head("/products/collections", this::list, Access.locationOnly(Scope.COLLECTION_READONLY));
        app.get("/products/collections/{collectionId}", this::get, Access.locationOnly(Scope.COLLECTION_READONLY));
        app.head("/products/collections/{collectionId}", this::get, Access.locationOnly(Scope.COLLECTION_READONLY));
        app.put("/products/collections/{collectionId}", this::update, Access.locationOnly(Scope.COLLECTION_WRITE));
        app.delete("/products/collections/{collectionId}", this::delete, Access.locationOnly(Scope.COLLECTION_WRITE));
        app.post("/stockroom/collections/preview", this::preview, Access.stockroomLocationOnly(Scope.COLLECTION_READONLY));
    }

    private void create(Context ctx) {
        Parsed<CollectionDraft> body = CollectionJson.parseCreate(Requests.body(ctx));
        Collection collection = collections.create(access.authorize(ctx, body.locationId()), body.value());
        ctx.status(201).json(new CollectionResponses.Created(CollectionJson.toDto(collection)));
    }

    private void list(Context ctx) {
        String locationId = access.authorize(ctx, Alt.fromQuery(ctx));
        CollectionQuery query = new CollectionQuery(
                Requests.mongoIdList(ctx, "collectionIds"), ctx.queryParam("name"), Requests.page(ctx));
        Page<Collection> page = collections.list(locationId, query);
        ctx.json(new CollectionResponses.Page(
                page.items().stream().map(CollectionJson::toDto).toList(), page.total()));
    }

    private void get(Context ctx) {
        String locationId = access.authorize(ctx, Requests.requiredQuery(ctx, "altId"));
        Collection collection = collections.get(locationId, ctx.pathParam("collectionId"));
        ctx.json(new CollectionResponses.One(CollectionJson.toDto(collection), true));
    }

    private void update(Context ctx) {
        Parsed<CollectionPatch> body = CollectionJson.parseUpdate(Requests.body(ctx));
        collections.update(access.authorize(ctx, body.locationId()), ctx.pathParam("collectionId"), body.value());
        ctx.json(new StatusDto(true, "Successfully updated"));
    }

    /** Stockroom's: the products smart collection rules would select, without saving anything. */
    private void preview(Context ctx) {
        Parsed<RuleSet> body = CollectionJson.parsePreview(Requests.body(ctx));
        Page<Product> page = collections.preview(access.authorize(ctx, body.locationId()), body.value(), Requests.page(ctx));
        ctx.json(new SmartCollectionPreviewDto(
                page.items().stream().map(ProductJson::toDto).toList(), page.total()));
    }

    private void delete(Context ctx) {
        String locationId = access.authorize(ctx, Alt.fromQuery(ctx));
        collections.delete(locationId, ctx.pathParam("collectionId"));
        ctx.json(new StatusDto(true, "Successfully deleted"));
    }
}
