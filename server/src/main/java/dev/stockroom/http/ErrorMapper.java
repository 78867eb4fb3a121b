package dev.stockroom.http;

import dev.stockroom.api.ErrorBody;
import dev.stockroom.api.OAuthResponses;
import dev.stockroom.common.ApiException;
import dev.stockroom.common.BadRequestException;
import dev.stockroom.common.ConflictException;
import dev.stockroom.common.ForbiddenException;
import dev.stockroom.common.InvalidInputException;
import dev.stockroom.common.NotFoundException;
import dev.stockroom.common.UnauthorizedException;
import dev.stockroom.common.UnavailableException;
import dev.stockroom.oauth.OAuthError;
import dev.stockroom.oauth.OAuthException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place that knows status codes and HighLevel's error body ({@code common/common-schemas.json}). */
final class ErrorMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    private ErrorMapper() {}

    static void register(Javalin app) {
        app.exception(ApiException.class, (e, ctx) -> write(ctx, statusOf(e), e.messages()));
        app.exception(OAuthException.class, (e, ctx) -> {
            // RFC 6749 5.2: 401 for a client that failed to authenticate, 400 for every other refusal.
            int status = e.error() == OAuthError.INVALID_CLIENT ? 401 : 400;
            OAuthRoutes.noStore(ctx);
            ctx.status(status).json(
                    new OAuthResponses.TokenError(status, e.description(), e.error().code(), e.description()));
        });
        app.exception(HttpResponseException.class, (e, ctx) -> write(ctx, e.getStatus(), List.of(messageOf(e, ctx))));
        app.exception(Exception.class, (e, ctx) -> {
            String ref = Long.toHexString(ThreadLocalRandom.current().nextLong());
            LOG.error("Unhandled error, ref {}", ref, e);
            write(ctx, 500, List.of("Internal server error, ref " + ref));
        });
        // Unmatched paths never reach a handler; NestJS answers them as "Cannot GET /path".
        app.error(HttpStatus.NOT_FOUND, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                write(ctx, 404, List.of("Cannot " + ctx.method() + " " + ctx.path()));
            }
        });
    }

    private static int statusOf(ApiException e) {
        if (e instanceof InvalidInputException) return 422;
        // HighLevel's spec answers unknown ids with 400 "Product not found"; it lists no 404 for any Products path.
        if (e instanceof NotFoundException || e instanceof BadRequestException) return 400;
        if (e instanceof UnauthorizedException) return 401;
        if (e instanceof ForbiddenException) return 403;
        if (e instanceof ConflictException) return 409;
        if (e instanceof UnavailableException) return 503;
        throw new IllegalStateException("unmapped " + e.getClass().getName());
    }

    private static String messageOf(HttpResponseException e, Context ctx) {
        return switch (e.getStatus()) {
            case 404 -> "Cannot " + ctx.method() + " " + ctx.path();
            case 413 -> "Request body is larger than " + Limits.BODY_BYTES + " bytes";
            default -> Reasons.of(e.getStatus());
        };
    }


    static void write(Context ctx, int status, List<String> messages) {
        Object message = status == 422 ? messages : String.join("; ", messages);
        ctx.status(status).json(new ErrorBody(status, message, Reasons.of(status)));
    }
}
