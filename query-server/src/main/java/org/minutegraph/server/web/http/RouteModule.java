package org.minutegraph.server.web.http;

import io.javalin.config.JavalinConfig;

/**
 * A feature that adds routes (and, if it needs them, static files) to the server. Register
 * handlers through {@code config.routes}; throw {@link ApiException}s for errors.
 */
@FunctionalInterface
public interface RouteModule {

    /** Adds this feature's routes; called once while the server is being configured. */
    void register(JavalinConfig config);
}
