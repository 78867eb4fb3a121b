package dev.stockroom.http;

import dev.stockroom.auth.Secrets;
import dev.stockroom.oauth.AuthorizationRequest;
import dev.stockroom.oauth.AuthorizationService;
import dev.stockroom.oauth.InstallTarget;
import dev.stockroom.oauth.OAuthException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The page an app's install link opens, standing in for HighLevel's marketplace "choose location" page: with the
 * marketplace base URL set to Stockroom's {@code /stockroom}, an app's {@code /oauth/chooselocation?...} link (or the
 * newer {@code /v2/oauth/chooselocation}) lands here unchanged. A link that fails its checks gets a page saying why and
 * is never redirected.
 *
 * <p>Forged posts (another site submitting the form in the person's browser) are refused with a double-submit value:
 * the page sets a random value in a {@code SameSite=Strict} cookie and in the form, and a post must carry both, equal.
 * No server state, so any node may serve the page and another the post.
 */
final class AuthorizationRoutes {
    static final List<String> PATHS = List.of("/stockroom/oauth/chooselocation", "/stockroom/v2/oauth/chooselocation");
    private static final String FORM_COOKIE = "stockroom_oauth_form";
    private static final Pattern SECRET_SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final AuthorizationService authorizations;

    AuthorizationRoutes(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    void register(Javalin app) {
        for (String path : PATHS) {
            app.get(path, this::show);
            app.post(path, this::decide);
        }
    }

    private void show(Context ctx) {
        pageHeaders(ctx);
        AuthorizationRequest request;
        try {
            request = check(ctx::queryParam);
        } catch (OAuthException e) {
            refuse(ctx, HttpStatus.BAD_REQUEST, e.description());
            return;
        }
        String formValue = ctx.cookie(FORM_COOKIE);
        if (formValue == null || !SECRET_SHAPE.matcher(formValue).matches()) {
            formValue = Secrets.generate();
            ctx.cookie(new Cookie(FORM_COOKIE, formValue, "/stockroom/", -1, false, 0, true, null, null,
                    SameSite.STRICT));
        }
        Set<String> approved = request.app().target() == InstallTarget.COMPANY
                ? authorizations.approvedLocations(request)
                : Set.of();
        ctx.html(AuthorizationPage.form(request, authorizations.locations(request), approved, formValue, ctx.path()));
    }

    private void decide(Context ctx) {
        pageHeaders(ctx);
        if (!sameForm(ctx.cookie(FORM_COOKIE), ctx.formParam("csrf"))) {
            refuse(ctx, HttpStatus.FORBIDDEN, "This form was not sent from the page Stockroom showed in this browser"
                    + " (or the browser did not keep its cookie). Open the install link again.");
            return;
        }
        try {
            List<String> locationIds = ctx.formParams("locationId");
            for (String locationId : locationIds) FormParams.requireNoNul("locationId", locationId);
            AuthorizationRequest request = check(name -> FormParams.requireNoNul(name, ctx.formParam(name)));
            String target = "deny".equals(ctx.formParam("decision"))
                    ? authorizations.deny(request)
                    : authorizations.approve(request, locationIds);
            ctx.redirect(target, HttpStatus.SEE_OTHER);
        } catch (FormParams.Unreadable e) {
            refuse(ctx, HttpStatus.BAD_REQUEST, e.getMessage());
        } catch (OAuthException e) {
            refuse(ctx, HttpStatus.BAD_REQUEST, e.description());
        }
    }

    private AuthorizationRequest check(Function<String, String> param) {
        return authorizations.check(param.apply("response_type"), param.apply("client_id"),
                param.apply("redirect_uri"), param.apply("scope"), param.apply("state"));
    }

    private static boolean sameForm(String cookie, String field) {
        return cookie != null && field != null && SECRET_SHAPE.matcher(cookie).matches()
                && MessageDigest.isEqual(cookie.getBytes(StandardCharsets.US_ASCII),
                        field.getBytes(StandardCharsets.US_ASCII));
    }

    private static void refuse(Context ctx, HttpStatus status, String description) {
        ctx.status(status).html(AuthorizationPage.refusal(description));
    }

    /** No framing (clickjacking), no script, nothing cached, no referrer carrying the link's parameters away. */
    private static void pageHeaders(Context ctx) {
        ctx.header("Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
    }
}
