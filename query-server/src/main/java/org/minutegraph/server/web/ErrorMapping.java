package org.minutegraph.server.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.minutegraph.server.web.http.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place errors become responses: every failure is a JSON {@code {error, detail}} body with
 * the right status, and never a stack trace.
 */
final class ErrorMapping {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    static void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> {
            e.headers().forEach(ctx::header);
            write(ctx, e.status(), e.error(), e.detail());
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, e.getStatus(), code(e.getStatus()), e.getMessage()));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unexpected error on {} {}", ctx.method(), ctx.path(), e);
            write(ctx, 500, "internal_error", "The server failed to answer this request; the server log has the cause");
        });
        routes.error(404, ctx -> {
            if (!alreadyWritten(ctx)) {
                write(ctx, 404, "not_found", "Nothing here: " + ctx.method() + " " + ctx.path());
            }
        });
        routes.error(405, ctx -> {
            if (!alreadyWritten(ctx)) {
                write(ctx, 405, "method_not_allowed", ctx.method() + " is not allowed on " + ctx.path());
            }
        });
    }

    /** A handler that wrote its own error body (JSON, or an HTML page for people) keeps it. */
    private static boolean alreadyWritten(Context ctx) {
        return ctx.resultInputStream() != null;
    }

    private static void write(Context ctx, int status, String error, String detail) {
        ctx.status(status).json(body(error, detail));
    }

    /** The body of every error: a code for programs, a sentence for people. */
    static Map<String, String> body(String error, String detail) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("detail", detail == null || detail.isBlank() ? error.replace('_', ' ') : detail);
        return body;
    }

    static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 413 -> "request_too_large";
            case 415 -> "unsupported_media_type";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal_error" : "bad_request";
        };
    }
}
