package org.minutegraph.server.web.pages;

import org.minutegraph.server.web.http.Html;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minutegraph.server.graph.GraphStats;
import org.minutegraph.server.search.SearchHit;
import org.minutegraph.server.search.SearchRequest;
import org.minutegraph.server.search.SearchResponse;
import org.minutegraph.server.search.SortOrder;

/** The home page: a search box with type-ahead, facets as filters, highlighted hits, paging and order. */
final class SearchPage {

    static final List<String> PARAMS = List.of("q", "series", "person", "tool", "from", "to", "sort");
    private static final int PAGE = 10;
    private static final List<String> EXAMPLES = List.of("Harbor", "Zitadel", "registry", "monitoring baseline", "Kubernetes upgrade");

    private final SiteServices services;
    private final Links links;

    SearchPage(SiteServices services, Links links) {
        this.services = services;
        this.links = links;
    }

    String render(Context ctx) {
        Map<String, String> params = new LinkedHashMap<>();
        PARAMS.forEach(p -> {
            String v = ctx.queryParam(p);
            if (v != null && !v.isBlank()) {
                params.put(p, v.strip());
            }
        });
        int offset = Math.max(0, intParam(ctx.queryParam("offset")));
        SearchRequest request = new SearchRequest(params.get("q"), params.get("series"), params.get("person"), params.get("tool"),
                SearchRequest.date("from", params.get("from")), SearchRequest.date("to", params.get("to")), PAGE, offset,
                SortOrder.parse(params.get("sort")));
        SearchResponse response = services.search().get().search().search(request);
        boolean home = params.isEmpty();
        StringBuilder b = new StringBuilder();
        form(b, params);
        if (home) {
            intro(b);
        }
        b.append("<div class=\"columns\"><aside class=\"facets\" aria-label=\"Filters\">");
        facets(b, params, response.facets(), slug -> seriesLabel(slug));
        b.append("</aside><section class=\"results\">");
        chips(b, params);
        b.append("<p class=\"summary\"><span id=\"total\">").append(summary(response, home, offset)).append("</span>");
        if (params.containsKey("q")) {
            b.append("<span class=\"related\"><a id=\"who-link\" href=\"").append(Html.text(Links.who(params.get("q"))))
                    .append("\">Who discussed it?</a> <a id=\"timeline-link\" href=\"").append(Html.text(Links.timeline(params.get("q"))))
                    .append("\">Timeline</a></span>");
        }
        if (!SearchResponse.HYBRID.equals(response.mode()) && !params.getOrDefault("q", "").isEmpty()) {
            b.append("<span class=\"badge\" id=\"mode\" title=\"Matches words and their aliases; semantic search is off for this index\">lexical only</span>");
        }
        b.append("</p>");
        if (response.hits().isEmpty()) {
            b.append("<div class=\"card\"><p>Nothing matches. Try fewer words, remove a filter, or look up ")
                    .append("<a href=\"").append(Html.text(Links.who(params.getOrDefault("q", "")))).append("\">who discussed it</a>.</p></div>");
        } else {
            b.append("<ol class=\"hits\">");
            response.hits().forEach(hit -> hit(b, hit));
            b.append("</ol>");
            pager(b, params, response.total(), offset);
        }
        b.append("</section></div>");
        String title = params.containsKey("q") ? params.get("q") : "Search the minutes";
        return Layout.page(title, Layout.Nav.SEARCH, b.toString(), List.of("/static/suggest.js"));
    }

    private static void form(StringBuilder b, Map<String, String> params) {
        b.append("<form class=\"query\" action=\"/\" method=\"get\" role=\"search\"><div class=\"field\">")
                .append("<input type=\"search\" name=\"q\" id=\"q\" data-suggest value=\"").append(Html.text(params.get("q")))
                .append("\" placeholder=\"Search the minutes: a tool, a topic, a person, any words\" aria-label=\"Search the minutes\" autofocus>")
                .append("</div>");
        for (String p : List.of("series", "person", "tool", "from", "to")) {
            if (params.containsKey(p)) {
                b.append("<input type=\"hidden\" name=\"").append(p).append("\" value=\"").append(Html.text(params.get(p))).append("\">");
            }
        }
        boolean byDate = "date".equalsIgnoreCase(params.get("sort"));
        b.append("<label class=\"inline\">Sort <select name=\"sort\" id=\"sort\"><option value=\"relevance\"")
                .append(byDate ? "" : " selected").append(">relevance</option><option value=\"date\"").append(byDate ? " selected" : "")
                .append(">newest first</option></select></label><button type=\"submit\">Search</button></form>");
    }

    private void intro(StringBuilder b) {
        GraphStats s = services.graph().stats().stats();
        b.append("<div class=\"stats\">");
        stat(b, s.meetings(), "meetings");
        stat(b, s.series(), "teams and series");
        stat(b, s.people(), "people");
        stat(b, s.toolsMentioned(), "tools mentioned");
        stat(b, s.decisions(), "decisions");
        stat(b, s.actionItems(), "action items");
        b.append("</div><p class=\"examples muted\">Try: ");
        EXAMPLES.forEach(e -> b.append("<a href=\"").append(Html.text(Links.search(Map.of("q", e)))).append("\">").append(Html.text(e)).append("</a>"));
        b.append("<a href=\"").append(Html.text(Links.who("Harbor"))).append("\">who discussed Harbor?</a>")
                .append("<a href=\"").append(Html.text(Links.timeline("Harbor"))).append("\">Harbor over time</a></p><h2>Latest minutes</h2>");
    }

    private static void stat(StringBuilder b, long n, String label) {
        b.append("<div class=\"card\"><div class=\"n\">").append(n).append("</div><div class=\"l\">").append(label).append("</div></div>");
    }

    private static String summary(SearchResponse r, boolean home, int offset) {
        if (r.total() == 0) {
            return "No passages found";
        }
        String range = (offset + 1) + "–" + (offset + r.hits().size());
        return home ? range + " of " + r.total() + " passages, newest first"
                : range + " of " + r.total() + (r.total() == 1 ? " passage" : " passages");
    }

    /** The series' human label ("Team Container") for its slug, as the graph has it. */
    private String seriesLabel(String slug) {
        return services.graph().catalog().byIri(services.iris().series(slug))
                .filter(e -> e.kind() == org.minutegraph.server.catalog.EntityKind.SERIES)
                .map(org.minutegraph.server.catalog.Entity::label)
                .orElse(slug);
    }

    private static void facets(StringBuilder b, Map<String, String> params, SearchResponse.Facets facets,
                               java.util.function.UnaryOperator<String> seriesLabel) {
        facet(b, params, "Team", "series", facets.series(), seriesLabel);
        if (!facets.year().isEmpty()) {
            b.append("<h3>Year</h3><ul>");
            new java.util.TreeMap<>(facets.year()).descendingMap().forEach((year, n) -> {
                Map<String, String> p = Links.with(Links.with(params, "from", year + "-01-01"), "to", year + "-12-31");
                b.append("<li><a href=\"").append(Html.text(Links.search(p))).append("\"><span>").append(Html.text(year))
                        .append("</span><span class=\"n\">").append(n).append("</span></a></li>");
            });
            b.append("</ul>");
        }
        facet(b, params, "Person", "person", facets.person(), java.util.function.UnaryOperator.identity());
        facet(b, params, "Tool", "tool", facets.tool(), java.util.function.UnaryOperator.identity());
    }

    private static void facet(StringBuilder b, Map<String, String> params, String title, String param, Map<String, Integer> counts,
                              java.util.function.UnaryOperator<String> label) {
        if (counts.isEmpty()) {
            return;
        }
        b.append("<h3>").append(title).append("</h3><ul data-facet=\"").append(param).append("\">");
        counts.entrySet().stream().limit(8).forEach(e -> b.append("<li><a href=\"")
                .append(Html.text(Links.search(Links.with(params, param, e.getKey())))).append("\"><span>").append(Html.text(label.apply(e.getKey())))
                .append("</span><span class=\"n\">").append(e.getValue()).append("</span></a></li>"));
        b.append("</ul>");
    }

    private static void chips(StringBuilder b, Map<String, String> params) {
        List<String> filters = List.of("series", "person", "tool", "from", "to");
        if (filters.stream().noneMatch(params::containsKey)) {
            return;
        }
        b.append("<div class=\"chips\">");
        for (String f : filters) {
            if (params.containsKey(f)) {
                String name = f.equals("series") ? "team" : f;
                b.append("<span class=\"chip\">").append(name).append(": ").append(Html.text(params.get(f)))
                        .append("<a href=\"").append(Html.text(Links.search(Links.with(params, f, null))))
                        .append("\" title=\"Remove this filter\" aria-label=\"Remove filter ").append(name).append("\">×</a></span>");
            }
        }
        b.append("</div>");
    }

    private void hit(StringBuilder b, SearchHit hit) {
        b.append("<li class=\"hit card\"><h2><a href=\"").append(Html.text(Links.meeting(hit.sourcePath(), hit.startLine()))).append("\">")
                .append(Html.text(hit.heading() == null || hit.heading().isBlank() ? hit.title() : hit.heading())).append("</a></h2>")
                .append("<div class=\"meta\"><time>").append(Html.text(hit.date())).append("</time>")
                .append("<a class=\"badge\" href=\"").append(Html.text(links.entity(services.iris().series(hit.series())))).append("\">")
                .append(Html.text(hit.seriesLabel() != null ? hit.seriesLabel() : hit.series())).append("</a>")
                .append("<span>").append(Html.text(hit.title())).append("</span></div>")
                .append("<p class=\"snippet\">").append(Html.marked(hit.snippet())).append("</p><div class=\"links\">")
                .append("<a href=\"").append(Html.text(Links.meeting(hit.sourcePath(), hit.startLine()))).append("\">Open in meeting</a>");
        services.sourceUrl(hit.sourcePath(), hit.startLine()).ifPresent(url -> b.append("<a class=\"source\" rel=\"nofollow noopener\" href=\"")
                .append(Html.text(url)).append("\">Source on GitHub</a>"));
        b.append("<span class=\"muted\">").append(Html.text(hit.sourcePath())).append(":").append(hit.startLine()).append("</span></div></li>");
    }

    private static void pager(StringBuilder b, Map<String, String> params, long total, int offset) {
        if (total <= PAGE) {
            return;
        }
        long pages = Math.min((total + PAGE - 1) / PAGE, 1000);
        int current = offset / PAGE;
        b.append("<nav class=\"pager\" aria-label=\"Pages\">");
        if (current > 0) {
            b.append(pageLink(params, current - 1, "← Previous"));
        }
        for (long p = Math.max(0, current - 3); p < Math.min(pages, current + 4); p++) {
            b.append(p == current ? "<span class=\"current\">" + (p + 1) + "</span>" : pageLink(params, (int) p, String.valueOf(p + 1)));
        }
        if (current + 1 < pages) {
            b.append(pageLink(params, current + 1, "Next →"));
        }
        b.append("</nav>");
    }

    private static String pageLink(Map<String, String> params, int page, String label) {
        return "<a href=\"" + Html.text(Links.search(Links.with(params, "offset", page == 0 ? null : String.valueOf(page * PAGE)))) + "\">"
                + label + "</a>";
    }

    private static int intParam(String value) {
        try {
            return value == null || value.isBlank() ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
