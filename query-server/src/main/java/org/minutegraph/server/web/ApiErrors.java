package org.minutegraph.server.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

import org.minutegraph.server.catalog.EntityNotFoundException;
import org.minutegraph.server.graph.GraphNotFoundException;
import org.minutegraph.server.graph.GraphTimeoutException;
import org.minutegraph.server.search.InvalidQueryException;

/**
 * How the read services' exceptions become {@code {error, detail}} answers: bad input 400, unknown
 * entity 404 with {@code candidates} ("did you mean"), a query past its timeout 503.
 */
final class ApiErrors {

    private ApiErrors() {
    }

    static void register(RoutesConfig routes) {
        routes.exception(InvalidQueryException.class, (e, ctx) -> write(ctx, 400, "bad_request", e.getMessage()));
        routes.exception(IllegalArgumentException.class, (e, ctx) -> write(ctx, 400, "bad_request", e.getMessage()));
        routes.exception(GraphNotFoundException.class, (e, ctx) -> write(ctx, 404, "not_found", e.getMessage()));
        routes.exception(EntityNotFoundException.class, (e, ctx) -> {
            Map<String, Object> body = body("not_found", e.getMessage());
            body.put("candidates", e.candidates());
            ctx.status(404).json(body);
        });
        routes.exception(GraphTimeoutException.class, (e, ctx) -> write(ctx, 503, "timeout",
                e.getMessage() + "; narrow the question (a date range, a more specific name) and try again"));
    }

    private static void write(Context ctx, int status, String error, String detail) {
        ctx.status(status).json(body(error, detail));
    }

    private static Map<String, Object> body(String error, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("detail", detail == null || detail.isBlank() ? error.replace('_', ' ') : detail);
        return body;
    }
}
