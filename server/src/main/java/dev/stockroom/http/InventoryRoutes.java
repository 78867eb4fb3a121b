package dev.stockroom.http;

import dev.stockroom.api.StatusDto;
import dev.stockroom.auth.Scope;
import dev.stockroom.price.InventoryChange;
import dev.stockroom.price.InventoryService;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;

/** {@code /products/inventory}: the prices scopes, sub-account and agency tokens, as HighLevel's spec says. */
final class InventoryRoutes {
    private final InventoryService inventory;
    private final LocationAccess access;

    InventoryRoutes(InventoryService inventory, LocationAccess access) {
        this.inventory = inventory;
        this.access = access;
    }

    void register(Javalin app) {
        app.get("/products/inventory", this::list, Access.locationOrAgency(Scope.PRICES_READONLY));
        app.head("/products/inventory", this::list, Access.locationOrAgency(Scope.PRICES_READONLY));
        app.post("/products/inventory", this::update, Access.locationOrAgency(Scope.PRICES_WRITE));
    }

    private void list(Context ctx) {
        String locationId = access.authorize(ctx, Alt.fromQuery(ctx));
        ctx.json(InventoryJson.toDto(inventory.list(locationId, ctx.queryParam("search"), Requests.page(ctx))));
    }

    private void update(Context ctx) {
        Parsed<List<InventoryChange>> body = InventoryJson.parseUpdate(Requests.body(ctx));
        inventory.update(access.authorize(ctx, body.locationId()), body.value());
        ctx.status(201).json(new StatusDto(true, "Successfully updated"));
    }
}
