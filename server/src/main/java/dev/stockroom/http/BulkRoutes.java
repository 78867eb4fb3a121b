package dev.stockroom.http;

import dev.stockroom.api.BulkEditResponseDto;
import dev.stockroom.api.StatusDto;
import dev.stockroom.auth.Scope;
import dev.stockroom.bulk.BulkAction;
import dev.stockroom.bulk.BulkEditService;
import dev.stockroom.bulk.BulkUpdate;
import dev.stockroom.bulk.BulkUpdateService;
import dev.stockroom.bulk.ProductEdit;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code /products/bulk-update} and {@code /products/bulk-update/edit}: products.write, sub-account tokens only. The
 * spec lists Location-Access for bulk update and no security for bulk edit, which gets the same as its sibling.
 */
final class BulkRoutes {
    private final BulkUpdateService bulkUpdate;
    private final BulkEditService bulkEdit;
    private final LocationAccess access;

    BulkRoutes(BulkUpdateService bulkUpdate, BulkEditService bulkEdit, LocationAccess access) {
        this.bulkUpdate = bulkUpdate;
        this.bulkEdit = bulkEdit;
        this.access = access;
    }

    void register(Javalin app) {
        app.post("/products/bulk-update", this::update, Access.locationOnly(Scope.PRODUCTS_WRITE));
        app.post("/products/bulk-update/edit", this::edit, Access.locationOnly(Scope.PRODUCTS_WRITE));
    }

    private void update(Context ctx) {
        Parsed<BulkUpdate> body = BulkUpdateJson.parse(Requests.body(ctx));
        bulkUpdate.apply(access.authorize(ctx, body.locationId()), body.value());
        boolean deleted = body.value().action() instanceof BulkAction.Delete;
        ctx.status(201).json(new StatusDto(true, deleted ? "Successfully deleted" : "Successfully updated"));
    }

    private void edit(Context ctx) {
        Parsed<List<ProductEdit>> body = BulkEditJson.parse(Requests.body(ctx));
        int updated = bulkEdit.edit(access.authorize(ctx, body.locationId()), body.value());
        ctx.status(201).json(new BulkEditResponseDto("Products updated successfully", true, updated));
    }
}
