package org.minutegraph.server.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Lets pages from any origin read the SPARQL endpoint and the JSON API (both are public and read-only). */
final class Cors {

    private static final String[] PATHS = {"/sparql", "/sparql/*", "/api/*"};

    private Cors() {
    }

    static void register(RoutesConfig routes) {
        for (String path : PATHS) {
            routes.before(path, ctx -> ctx.header("Access-Control-Allow-Origin", "*"));
            routes.options(path, Cors::preflight);
        }
    }

    private static void preflight(Context ctx) {
        String requested = ctx.header("Access-Control-Request-Headers");
        ctx.header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
                .header("Access-Control-Allow-Headers", requested == null || requested.isBlank() ? "Content-Type, Accept" : requested)
                .header("Access-Control-Max-Age", "86400")
                .status(204);
    }
}
