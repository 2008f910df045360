package org.minutegraph.server.web;

import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code /health} for load balancers and {@code /metrics} for Prometheus; both cheap. */
final class OperationsRoutes {

    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private OperationsRoutes() {
    }

    static void register(RoutesConfig routes, ServerMetrics metrics) {
        routes.get("/health", ctx -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", "ok");
            body.put("triples", metrics.storeTriples());
            ctx.json(body);
        });
        routes.get("/metrics", ctx -> ctx.contentType(PROMETHEUS_TEXT).result(metrics.render()));
    }
}
