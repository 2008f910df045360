package org.minutegraph.server.web.pages;

import org.minutegraph.server.web.http.Html;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.minutegraph.server.catalog.EntityKind;
import org.minutegraph.server.graph.PersonView;
import org.minutegraph.server.graph.Timeline;
import org.minutegraph.server.graph.TimelineBucket;
import org.minutegraph.server.graph.TimelineEvent;
import org.minutegraph.server.search.SearchRequest;

/** An entity over time: meetings per month stacked by team (ECharts), then every mention, decision and action item. */
final class TimelinePage {

    static final String ECHARTS = "/webjars/echarts/5.3.1/dist/echarts.min.js";

    private final SiteServices services;
    private final Links links;

    TimelinePage(SiteServices services, Links links) {
        this.services = services;
        this.links = links;
    }

    String render(Context ctx) {
        String entity = ctx.queryParam("entity");
        String from = ctx.queryParam("from");
        String to = ctx.queryParam("to");
        StringBuilder b = new StringBuilder("<h1>Timeline</h1>");
        QueryForm.open(b, "/timeline", "entity", entity, "A tool, topic, person or team, e.g. Harbor");
        b.append("<label class=\"inline\">From <input type=\"date\" name=\"from\" id=\"from\" value=\"").append(Html.text(from)).append("\"></label>")
                .append("<label class=\"inline\">To <input type=\"date\" name=\"to\" id=\"to\" value=\"").append(Html.text(to)).append("\"></label>");
        QueryForm.close(b);
        if (entity == null || entity.isBlank()) {
            b.append("<p class=\"muted\">See when a tool, topic, person or team came up in the minutes, month by month and team by team.</p>");
            return Layout.page("Timeline", Layout.Nav.TIMELINE, b.toString(), List.of("/static/suggest.js"));
        }
        Timeline t = TimelineExcerpts.enrich(services.graph().timelines().timeline(entity,
                Optional.ofNullable(SearchRequest.date("from", from)), Optional.ofNullable(SearchRequest.date("to", to))), services.passages());
        b.append("<h2><a href=\"").append(Html.text(links.entity(t.entity().iri()))).append("\">").append(Html.text(t.entity().label()))
                .append("</a> <span class=\"badge ").append(t.entity().kind().json()).append("\">").append(t.entity().kind().json()).append("</span></h2>");
        b.append("<div class=\"facts\"><span>First mention: <strong id=\"first\">").append(Html.text(orDash(t.first())))
                .append("</strong></span><span>Latest: <strong id=\"latest\">").append(Html.text(orDash(t.latest()))).append("</strong></span>")
                .append("<span><strong>").append(meetings(t)).append("</strong> meetings").append(from != null || to != null ? " in this range" : "")
                .append("</span>");
        if (t.entity().kind() != EntityKind.SERIES) {
            b.append("<a href=\"").append(Html.text(Links.who(t.entity().label()))).append("\">Who discussed it?</a>");
        }
        if ((from != null && !from.isBlank()) || (to != null && !to.isBlank())) {
            b.append("<a href=\"").append(Html.text(Links.timeline(entity))).append("\">Whole time range</a>");
        }
        b.append("</div>");
        b.append("<div class=\"card\"><div id=\"chart\" role=\"img\" aria-label=\"Meetings per month by team\"></div></div>")
                .append("<script type=\"application/json\" id=\"timeline-data\">").append(Html.json(chartData(t))).append("</script>");
        events(b, t.events());
        return Layout.page(t.entity().label() + " over time", Layout.Nav.TIMELINE, b.toString(),
                List.of("/static/suggest.js", ECHARTS, "/static/timeline.js"));
    }

    private static long meetings(Timeline t) {
        return t.buckets().stream().mapToLong(TimelineBucket::total).sum();
    }

    /** Months on the x axis and one series per team, zeros included, for the chart script. */
    static Map<String, Object> chartData(Timeline t) {
        List<String> months = t.buckets().stream().map(TimelineBucket::month).toList();
        Set<String> slugs = new LinkedHashSet<>();
        t.buckets().forEach(bk -> slugs.addAll(bk.series().keySet()));
        Map<String, String> labels = new LinkedHashMap<>();
        t.events().forEach(e -> labels.putIfAbsent(e.series(), e.seriesLabel() != null ? e.seriesLabel() : e.series()));
        List<Map<String, Object>> series = new ArrayList<>();
        for (String slug : slugs) {
            List<Integer> data = t.buckets().stream().map(bk -> bk.series().getOrDefault(slug, 0)).toList();
            series.add(Map.of("slug", slug, "label", labels.getOrDefault(slug, slug), "data", data));
        }
        return Map.of("months", months, "series", series);
    }

    private void events(StringBuilder b, List<TimelineEvent> events) {
        b.append("<h2>").append(events.size()).append(events.size() == 1 ? " event" : " events").append(", oldest first</h2>");
        if (events.isEmpty()) {
            b.append("<p class=\"muted\">Nothing in this range.</p>");
            return;
        }
        b.append("<ol class=\"events\">");
        for (TimelineEvent e : events) {
            String kind = e.kind().json();
            b.append("<li class=\"event ").append(kind).append("\"><div class=\"meta\"><time>").append(Html.text(e.date())).append("</time>")
                    .append("<span class=\"badge ").append(kind).append("\">").append(kind).append("</span>")
                    .append("<a href=\"").append(Html.text(links.entity(services.iris().series(e.series())))).append("\">")
                    .append(Html.text(e.seriesLabel() != null ? e.seriesLabel() : e.series())).append("</a>");
            if (e.status() != null) {
                b.append("<span class=\"badge ").append(Html.text(e.status())).append("\">").append(Html.text(e.status())).append("</span>");
            }
            b.append("</div><div class=\"heading\"><a href=\"").append(Html.text(Links.meeting(e.sourcePath(), e.startLine()))).append("\">")
                    .append(Html.text(e.heading())).append("</a></div>");
            if (!e.snippet().equals(e.heading())) {
                b.append("<div class=\"text\">").append(Html.text(e.snippet())).append("</div>");
            }
            if (e.owners() != null && !e.owners().isEmpty()) {
                b.append("<div class=\"small\">Owner: ");
                for (int i = 0; i < e.owners().size(); i++) {
                    PersonView o = e.owners().get(i);
                    b.append(i > 0 ? ", " : "").append("<a href=\"").append(Html.text(links.entity(o.iri()))).append("\">")
                            .append(Html.text(Links.person(o))).append("</a>");
                }
                b.append("</div>");
            }
            b.append("<div class=\"links\"><a href=\"").append(Html.text(Links.meeting(e.sourcePath(), e.startLine()))).append("\">")
                    .append(Html.text(e.sourcePath())).append(":").append(e.startLine()).append("</a>");
            services.sourceUrl(e.sourcePath(), e.startLine()).ifPresent(url -> b.append("<a rel=\"nofollow noopener\" href=\"")
                    .append(Html.text(url)).append("\">Source on GitHub</a>"));
            b.append("</div></li>");
        }
        b.append("</ol>");
    }

    private static String orDash(String s) {
        return s == null ? "—" : s;
    }
}
