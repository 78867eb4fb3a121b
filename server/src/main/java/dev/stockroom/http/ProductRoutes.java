package dev.stockroom.http;

import dev.stockroom.api.ListProductsResponseDto;
import dev.stockroom.api.StatusDto;
import dev.stockroom.auth.Scope;
import dev.stockroom.common.BadRequestException;
import dev.stockroom.common.Page;
import dev.stockroom.product.Product;
import dev.stockroom.product.ProductDraft;
import dev.stockroom.product.ProductPatch;
import dev.stockroom.product.ProductQuery;
import dev.stockroom.product.ProductService;
import io.javalin.Javalin;
import io.javalin.http.Context;

/** The five product operations of HighLevel's {@code apps/products.json}; products accept agency tokens too. */
final class ProductRoutes {
    private final ProductService products;
    private final LocationAccess access;

    ProductRoutes(ProductService products, LocationAccess access) {
        this.products = products;
        this.access = access;
    }

    /**
     * Registered after every other {@code /products/...} route, since {@code {productId}} matches any segment. HEAD runs
     * the GET handler, as Express does (Javalin would otherwise answer 200 to any HEAD without running a check).
     */
    void register(Javalin app) {
        app.post("/products/", this::create, Access.locationOrAgency(Scope.PRODUCTS_WRITE));
        app.get("/products/", this::list, Access.locationOrAgency(Scope.PRODUCTS_READONLY));
        app.head("/products/", this::list, Access.locationOrAgency(Scope.PRODUCTS_READONLY));
        app.get("/products/{productId}", this::get, Access.locationOrAgency(Scope.PRODUCTS_READONLY));
        app.head("/products/{productId}", this::get, Access.locationOrAgency(Scope.PRODUCTS_READONLY));
        app.put("/products/{productId}", this::update, Access.locationOrAgency(Scope.PRODUCTS_WRITE));
        app.delete("/products/{productId}", this::delete, Access.locationOrAgency(Scope.PRODUCTS_WRITE));
    }

    private void create(Context ctx) {
        Parsed<ProductDraft> body = ProductJson.parseCreate(Requests.body(ctx));
        Product product = products.create(access.authorize(ctx, body.locationId()), body.value());
        ctx.status(201).json(ProductJson.toDto(product));
    }

    private void list(Context ctx) {
        String locationId = access.authorize(ctx, Requests.requiredQuery(ctx, "locationId"));
        String storeId = optionalStoreId(ctx);
        Boolean includedInStore = Requests.optionalBoolean(ctx, "includedInStore");
        // Included in which store? Without one the filter means nothing, and silently ignoring it would mislead.
        if (includedInStore != null && storeId == null) {
            throw new BadRequestException("storeId should not be empty when includedInStore is given");
        }
        ProductQuery query = new ProductQuery(
                ctx.queryParam("search"),
                Requests.mongoIdList(ctx, "collectionIds"),
                ctx.queryParam("collectionSlug"),
                Requests.mongoIdList(ctx, "productIds"),
                Requests.optionalBoolean(ctx, "availableInStore"),
                null, // HighLevel's list has no productType filter; bulk updates do
                storeId,
                includedInStore,
                Requests.sortOrder(ctx),
                Requests.page(ctx));
        Page<Product> page = products.list(locationId, query);
        ctx.json(ListProductsResponseDto.of(page.items().stream().map(ProductJson::toDto).toList(), page.total()));
    }

    private void get(Context ctx) {
        String locationId = access.authorize(ctx, Requests.requiredQuery(ctx, "locationId"));
        ctx.json(ProductJson.toDto(products.get(locationId, ctx.pathParam("productId"))));
    }

    private void update(Context ctx) {
        Parsed<ProductPatch> body = ProductJson.parseUpdate(Requests.body(ctx));
        Product product = products.update(access.authorize(ctx, body.locationId()), ctx.pathParam("productId"), body.value());
        ctx.json(ProductJson.toDto(product));
    }

    private void delete(Context ctx) {
        String locationId = access.authorize(ctx, Requests.requiredQuery(ctx, "locationId"));
        products.delete(locationId, ctx.pathParam("productId"));
        ctx.json(new StatusDto(true, null));
    }

    private static String optionalStoreId(Context ctx) {
        String value = ctx.queryParam("storeId");
        return value == null || value.isEmpty() ? null : StoreRoutes.requireStoreId(value);
    }

}
