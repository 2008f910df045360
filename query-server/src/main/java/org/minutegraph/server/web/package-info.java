/**
 * The Javalin server: {@link org.minutegraph.server.web.MinutegraphServer} (a fluent builder that
 * binds 127.0.0.1 by default), the one place HTTP errors become {@code {error, detail}} JSON
 * ({@link org.minutegraph.server.web.ErrorMapping}, and {@link org.minutegraph.server.web.JettyErrors} for
 * what Jetty refuses itself), who may reach it from a browser ({@link org.minutegraph.server.web.HttpAccess}:
 * CORS only for configured origins, {@link org.minutegraph.server.web.HostGuard} against DNS rebinding),
 * {@code /health} and Prometheus {@code /metrics} ({@link org.minutegraph.server.web.ServerMetrics}).
 *
 * <p>{@link org.minutegraph.server.web.MinutegraphApp} is the whole application over one store, opened
 * with its services once through {@code services.Minutegraph} (the model, once loaded, is handed to
 * it: search turns hybrid without being rebuilt); it owns the embedding model's lifecycle (loaded in the background, closed on stop only after the
 * inferences under way, never freed under one: {@code ModelLifecycle}). {@link org.minutegraph.server.web.LiveApp}
 * follows re-ingests in the same process ({@code serve --watch}): it refreshes in place, or after a rebuild
 * into a new data directory reopens the app on the same port.
 *
 * <p>Features plug in as {@link org.minutegraph.server.web.http.RouteModule}s; the SPARQL endpoint
 * is one, search/who/timeline pages are others. This package may use {@code services}, {@code sparql},
 * {@code graph} and {@code search}; it must not run queries or read Lucene itself, and nothing below it imports it
 * (except the {@code web.http} contract, which imports nothing of ours).
 */
package org.minutegraph.server.web;
