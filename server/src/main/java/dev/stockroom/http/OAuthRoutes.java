package dev.stockroom.http;

import dev.stockroom.auth.Scope;
import dev.stockroom.common.BadRequestException;
import dev.stockroom.common.Texts;
import dev.stockroom.oauth.InstalledLocationsQuery;
import dev.stockroom.oauth.InstalledLocationsService;
import dev.stockroom.oauth.LocationTokenService;
import dev.stockroom.oauth.OAuthError;
import dev.stockroom.oauth.OAuthException;
import dev.stockroom.oauth.TokenGrantService;
import dev.stockroom.oauth.TokenRequest;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Map;

/**
 * HighLevel's three OAuth operations ({@code apps/oauth.json}). {@code /oauth/token} authenticates the app by its
 * client secret and answers refusals in OAuth's shape; the other two take an app's agency token and answer
 * HighLevel's error bodies.
 */
final class OAuthRoutes {
    private final TokenGrantService grants;
    private final LocationTokenService locationTokens;
    private final InstalledLocationsService installedLocations;

    OAuthRoutes(TokenGrantService grants, LocationTokenService locationTokens,
            InstalledLocationsService installedLocations) {
        this.grants = grants;
        this.locationTokens = locationTokens;
        this.installedLocations = installedLocations;
    }

    void register(Javalin app) {
        app.post("/oauth/token", this::token);
        app.post("/oauth/locationToken", this::locationToken, Access.appAgencyOnly(Scope.OAUTH_WRITE));
        app.get("/oauth/installedLocations", this::installedLocations, Access.appAgencyOnly(Scope.OAUTH_READONLY));
        app.head("/oauth/installedLocations", this::installedLocations, Access.appAgencyOnly(Scope.OAUTH_READONLY));
    }

    private void token(Context ctx) {
        Map<String, String> form;
        try {
            form = FormParams.read(ctx);
        } catch (FormParams.Unreadable e) {
            throw new OAuthException(OAuthError.INVALID_REQUEST, e.getMessage());
        }
        TokenRequest request = new TokenRequest(form.get("grant_type"), form.get("client_id"),
                form.get("client_secret"), form.get("code"), form.get("refresh_token"), form.get("redirect_uri"),
                form.get("user_type"));
        noStore(ctx);
        ctx.json(OAuthJson.accessToken(grants.grant(request)));
    }

    private void locationToken(Context ctx) {
        Map<String, String> form;
        try {
            form = FormParams.read(ctx);
        } catch (FormParams.Unreadable e) {
            throw new BadRequestException(e.getMessage());
        }
        noStore(ctx);
        ctx.json(OAuthJson.locationToken(
                locationTokens.issue(Requests.principal(ctx), form.get("companyId"), form.get("locationId"))));
    }

    private void installedLocations(Context ctx) {
        String query = ctx.queryParam("query");
        if (query != null && query.length() > Limits.SHORT_TEXT) {
            throw new BadRequestException("query must be shorter than or equal to 255 characters");
        }
        InstalledLocationsQuery filters = new InstalledLocationsQuery(
                Requests.requiredQuery(ctx, "companyId"),
                Requests.requiredQuery(ctx, "appId").toLowerCase(Locale.ROOT), // ids match in any letter case
                lowercase(optional(ctx, "versionId")),
                optional(ctx, "locationId"),
                query == null || query.isEmpty() ? null : Texts.fold(query),
                Requests.optionalBoolean(ctx, "isInstalled"),
                Requests.optionalBoolean(ctx, "onTrial"),
                optional(ctx, "planId"),
                Requests.page(ctx, "skip"));
        ctx.json(OAuthJson.installedLocations(installedLocations.list(Requests.principal(ctx), filters)));
    }

    private static String lowercase(String id) {
        return id == null ? null : id.toLowerCase(Locale.ROOT);
    }

    private static String optional(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isEmpty() ? null : value;
    }

    /** RFC 6749 5.1: answers that carry tokens must not be cached. */
    static void noStore(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("Pragma", "no-cache");
    }
}
