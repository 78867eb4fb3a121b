package dev.stockroom.http;

import dev.stockroom.api.StatusDto;
import dev.stockroom.auth.Scope;
import dev.stockroom.price.Price;
import dev.stockroom.price.PriceDetails;
import dev.stockroom.price.PriceService;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.function.UnaryOperator;

/** Prices of a product: {@code /products/{productId}/price[/{priceId}]}, sub-account and agency tokens. */
final class PriceRoutes {
    private final PriceService prices;
    private final LocationAccess access;

    PriceRoutes(PriceService prices, LocationAccess access) {
        this.prices = prices;
        this.access = access;
    }

    void register(Javalin app) {
        String list = "/products/{productId}/price";
        String one = list + "/{priceId}";
        app.post(list, this::create, Access.locationOrAgency(Scope.PRICES_WRITE));
        app.get(list, this::list, Access.locationOrAgency(Scope.PRICES_READONLY));
        app.head(list, this::list, Access.locationOrAgency(Scope.PRICES_READONLY));
        app.get(one, this::get, Access.locationOrAgency(Scope.PRICES_READONLY));
        app.head(one, this::get, Access.locationOrAgency(Scope.PRICES_READONLY));
        app.put(one, this::update, Access.locationOrAgency(Scope.PRICES_WRITE));
        app.delete(one, this::delete, Access.locationOrAgency(Scope.PRICES_WRITE));
    }

    private void create(Context ctx) {
        Parsed<PriceDetails> body = PriceJson.parseCreate(Requests.body(ctx));
        Price price = prices.create(access.authorize(ctx, body.locationId()), ctx.pathParam("productId"), body.value());
        ctx.status(201).json(PriceJson.toDto(price));
    }

    private void list(Context ctx) {
        String locationId = access.authorize(ctx, Requests.requiredQuery(ctx, "locationId"));
        ctx.json(PriceJson.toDto(prices.list(
                locationId, ctx.pathParam("productId"), Requests.mongoIdList(ctx, "ids"), Requests.page(ctx))));
    }

    private void get(Context ctx) {
        String locationId = access.authorize(ctx, Requests.requiredQuery(ctx, "locationId"));
        ctx.json(PriceJson.toDto(prices.get(locationId, ctx.pathParam("productId"), ctx.pathParam("priceId"))));
    }

    private void update(Context ctx) {
        Parsed<UnaryOperator<PriceDetails>> body = PriceJson.parseUpdate(Requests.body(ctx));
        Price price = prices.update(
                access.authorize(ctx, body.locationId()), ctx.pathParam("productId"), ctx.pathParam("priceId"),
                body.value());
        ctx.json(PriceJson.toDto(price));
    }

    private void delete(Context ctx) {
        String locationId = access.authorize(ctx, Requests.requiredQuery(ctx, "locationId"));
        prices.delete(locationId, ctx.pathParam("productId"), ctx.pathParam("priceId"));
        ctx.json(new StatusDto(true, null));
    }
}
