package dev.stockroom.http;

import dev.stockroom.auth.Principal;
import dev.stockroom.common.ForbiddenException;
import dev.stockroom.oauth.AppDraft;
import dev.stockroom.oauth.AppService;
import dev.stockroom.oauth.NewApp;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;

/**
 * Stockroom's own: registers a marketplace app of the company whose agency Private Integration Token calls it (HighLevel
 * does this in its developer portal). The app may ask only for the Products scopes that token holds.
 */
final class AppRoutes {
    private static final int MAX_ITEMS = 1000;

    private final AppService apps;

    AppRoutes(AppService apps) {
        this.apps = apps;
    }

    void register(Javalin app) {
        app.post("/stockroom/apps", this::create, Access.stockroomAgencyOnly());
    }

    private void create(Context ctx) {
        Principal agency = Requests.principal(ctx);
        BodyReader body = BodyReader.of(Requests.body(ctx));
        String companyId = body.optionalString("companyId", Limits.SHORT_TEXT).value();
        String name = body.optionalString("name", Limits.SHORT_TEXT).value();
        String target = body.optionalString("target", Limits.SHORT_TEXT).value();
        List<String> redirectUris =
                body.optionalStringArray("redirectUris", MAX_ITEMS, Limits.URL, uri -> true, "").value();
        List<String> scopes = body.optionalStringArray("scopes", MAX_ITEMS, value -> true, "").value();
        body.finish();
        if (companyId != null && !companyId.equals(agency.companyId())) {
            throw new ForbiddenException(ForbiddenException.NO_COMPANY_ACCESS);
        }
        AppDraft draft = new AppDraft(agency.companyId(), name, target, redirectUris, scopes);
        NewApp created = apps.create(draft, agency.scopes());
        ctx.status(201).json(AppJson.toDto(created));
    }
}
