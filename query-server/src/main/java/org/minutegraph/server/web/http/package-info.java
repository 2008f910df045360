/**
 * The contract between the server and the features it serves: {@link
 * org.minutegraph.server.web.http.RouteModule} (how a feature adds its routes) and the typed HTTP
 * errors a handler throws ({@link org.minutegraph.server.web.http.ApiException} and its
 * subclasses), which the server turns into {@code {error, detail}} JSON responses in one place.
 *
 * <p>A leaf package: feature packages ({@code sparql}, {@code search}) may use it; it uses nothing
 * of Minutegraph, only Javalin's configuration type, and Jackson and jsoup for {@link org.minutegraph.server.web.http.Html}. Handlers never write error bodies
 * themselves; they throw one of these.
 */
package org.minutegraph.server.web.http;
