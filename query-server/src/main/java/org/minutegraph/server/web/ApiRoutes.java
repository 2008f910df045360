package org.minutegraph.server.web;

import org.minutegraph.server.web.http.Html;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.minutegraph.server.graph.Timeline;
import org.minutegraph.server.graph.TimelineEvent;
import org.minutegraph.server.search.InvalidQueryException;
import org.minutegraph.server.search.SearchRequest;
import org.minutegraph.server.search.SortOrder;
import org.minutegraph.server.search.WhoResponse;
import org.minutegraph.server.web.http.BadRequestException;
import org.minutegraph.server.web.http.RouteModule;
import org.minutegraph.server.web.http.Html;
import org.minutegraph.server.web.pages.SiteServices;
import org.minutegraph.server.web.pages.TimelineExcerpts;

/**
 * The JSON API: {@code /api/search}, {@code /api/who}, {@code /api/timeline}, {@code /api/suggest},
 * {@code /api/meeting} and {@code /api/stats}. Every {@code snippet} in an answer is HTML-safe
 * (text escaped; search and who snippets add {@code <mark>}).
 */
public final class ApiRoutes implements RouteModule {

    private final SiteServices services;

    public ApiRoutes(SiteServices services) {
        this.services = Objects.requireNonNull(services, "services");
    }

    @Override
    public void register(JavalinConfig config) {
        ApiErrors.register(config.routes);
        config.routes.get("/api/search", ctx -> ctx.json(services.search().get().search().search(searchRequest(ctx))));
        config.routes.get("/api/who", this::who);
        config.routes.get("/api/suggest", ctx -> ctx.json(
                services.search().get().suggest().suggest(Objects.requireNonNullElse(ctx.queryParam("q"), ""), integer(ctx, "limit", 10))));
        config.routes.get("/api/timeline", this::timeline);
        config.routes.get("/api/meeting", this::meeting);
        config.routes.get("/api/stats", ctx -> ctx.json(services.graph().stats().stats()));
    }

    /** The search a request asks for; also what the search page runs. */
    public static SearchRequest searchRequest(Context ctx) {
        return new SearchRequest(ctx.queryParam("q"), ctx.queryParam("series"), ctx.queryParam("person"), ctx.queryParam("tool"),
                SearchRequest.date("from", ctx.queryParam("from")), SearchRequest.date("to", ctx.queryParam("to")),
                integer(ctx, "limit", 0), integer(ctx, "offset", 0), SortOrder.parse(ctx.queryParam("sort")));
    }

    /**
     * Who discussed a topic. A name that is no entity and whose words no passage holds is the same
     * 404 as on {@code /api/timeline}, with the same near names, not an empty answer.
     */
    private void who(Context ctx) {
        String topic = ctx.queryParam("topic");
        WhoResponse who = services.search().get().who().who(topic);
        if (who.topic().iri() == null && who.people().isEmpty() && who.teams().isEmpty()) {
            throw services.graph().catalog().notFound(topic);
        }
        ctx.json(who);
    }

    private void timeline(Context ctx) {
        String entity = required(ctx, "entity", "entity=Harbor (a tool, topic, person, handle or series)");
        Timeline timeline = TimelineExcerpts.enrich(services.graph().timelines().timeline(entity,
                Optional.ofNullable(SearchRequest.date("from", ctx.queryParam("from"))),
                Optional.ofNullable(SearchRequest.date("to", ctx.queryParam("to")))), services.passages());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("entity", timeline.entity());
        body.put("first", timeline.first());
        body.put("latest", timeline.latest());
        body.put("buckets", timeline.buckets());
        body.put("events", timeline.events().stream().map(ApiRoutes::escaped).toList());
        ctx.json(body);
    }

    private static TimelineEvent escaped(TimelineEvent e) {
        return new TimelineEvent(e.date(), e.meeting(), e.sourcePath(), e.series(), e.seriesLabel(), e.section(), e.heading(),
                Html.text(e.snippet()), e.kind(), e.startLine(), e.status(), e.owners());
    }

    private void meeting(Context ctx) {
        String path = ctx.queryParam("path");
        String iri = ctx.queryParam("iri");
        if ((path == null || path.isBlank()) == (iri == null || iri.isBlank())) {
            throw new BadRequestException("Give exactly one of path=container/20230220.md or iri=<meeting IRI>");
        }
        ctx.json(services.graph().meetings().meeting(path != null && !path.isBlank() ? path : iri));
    }

    private static String required(Context ctx, String name, String example) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            throw new BadRequestException("Missing parameter '" + name + "': add " + example);
        }
        return value;
    }

    static int integer(Context ctx, String name, int fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidQueryException(name + " must be a whole number, not '" + value + "'");
        }
    }
}
