/**
 * The pages people read: search ({@code /}), who ({@code /who}), timeline ({@code /timeline}),
 * meetings ({@code /meeting/{path}}) and entity pages ({@code /id/{rest}}, which also answer RDF
 * clients by content negotiation), plus their stylesheet and scripts under {@code /static/}.
 *
 * <p>Pages are rendered on the server as strings; small scripts add type-ahead (over
 * {@code /api/suggest}) and the ECharts timeline (from its WebJar, no CDN). Every string that comes
 * from the minutes goes through {@link org.minutegraph.server.web.http.Html} (escaping) or, for
 * the rendered markdown, through {@link org.minutegraph.server.web.pages.MinutesRenderer}
 * (flexmark with HTML escaped, then jsoup's safelist), at most a
 * {@link org.minutegraph.server.web.pages.MinutesExcerpt} of it, so a huge file still gives a page
 * of bounded size; pages send a Content-Security-Policy that
 * allows no inline script. This package reads through {@code graph} and {@code search} services
 * handed to it in {@link org.minutegraph.server.web.pages.SiteServices}; it must not open the store
 * or the index itself, and it must not import {@code org.minutegraph.server.web} (which assembles it).
 */
package org.minutegraph.server.web.pages;
