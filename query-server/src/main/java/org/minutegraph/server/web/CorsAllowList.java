package org.minutegraph.server.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import org.minutegraph.server.web.http.ApiException;

/**
 * CORS for the read endpoints, for the origins an operator named: their pages may read the
 * answers, every other origin's page gets the same answer without {@code Access-Control-*}
 * headers, so the browser keeps it from the page.
 *
 * <p>Written here rather than with Javalin's CORS plugin, which marks a request from an unlisted
 * origin 400 and lets the route answer anyway, so that {@code /api/*} sent its data with a 400
 * and {@code /sparql} with a 200.
 */
final class CorsAllowList {

    private static final List<String> PATHS = List.of("/sparql", "/sparql/*", "/api/*");

    /** Lower-case origins, or just {@code *}. */
    private final List<String> origins;

    CorsAllowList(List<String> origins) {
        this.origins = origins.contains("*") ? List.of("*") : origins.stream().map(o -> o.toLowerCase(Locale.ROOT)).toList();
    }

    void register(RoutesConfig routes) {
        for (String path : PATHS) {
            routes.before(path, this::share);
            routes.options(path, this::preflight);
        }
    }

    private void share(Context ctx) {
        String origin = ctx.header("Origin");
        if (!anyOrigin()) {
            // The answer differs by origin, so caches must keep one per origin.
            ctx.res().addHeader("Vary", "Origin");
        }
        if (origin != null && allows(origin)) {
            ctx.header("Access-Control-Allow-Origin", anyOrigin() ? "*" : origin);
        }
    }

    private void preflight(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || !allows(origin)) {
            throw new ApiException(403, "origin_not_allowed", "Pages from " + (origin == null ? "no origin" : origin)
                    + " may not read this server; its operator can allow them with --cors-origin " + (origin == null ? "URL" : origin));
        }
        String requested = ctx.header("Access-Control-Request-Headers");
        ctx.header("Access-Control-Allow-Methods", "GET, POST")
                .header("Access-Control-Allow-Headers", requested == null || requested.isBlank() ? "Content-Type, Accept" : requested)
                .header("Access-Control-Max-Age", "86400")
                .status(204);
    }

    private boolean anyOrigin() {
        return origins.contains("*");
    }

    private boolean allows(String origin) {
        return anyOrigin() || origins.contains(origin.strip().toLowerCase(Locale.ROOT));
    }
}
