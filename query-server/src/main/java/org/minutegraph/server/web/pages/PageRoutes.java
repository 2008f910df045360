package org.minutegraph.server.web.pages;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Objects;
import java.util.function.Function;

import org.minutegraph.server.web.http.RouteModule;

/**
 * The pages for people: search ({@code /}), who ({@code /who}), timeline ({@code /timeline}),
 * meetings ({@code /meeting/{path}}), entities ({@code /id/{rest}}, with RDF by content
 * negotiation) and their static assets ({@code /static/*}).
 */
public final class PageRoutes implements RouteModule {

    private final SiteServices services;

    public PageRoutes(SiteServices services) {
        this.services = Objects.requireNonNull(services, "services");
    }

    @Override
    public void register(JavalinConfig config) {
        Links links = new Links(services.iris());
        SearchPage search = new SearchPage(services, links);
        WhoPage who = new WhoPage(services, links);
        TimelinePage timeline = new TimelinePage(services, links);
        MeetingPage meeting = new MeetingPage(services, links);
        EntityPage entity = new EntityPage(services, links);
        config.routes.get("/", ctx -> html(ctx, search::render));
        config.routes.get("/who", ctx -> html(ctx, who::render));
        config.routes.get("/timeline", ctx -> html(ctx, timeline::render));
        config.routes.get("/meeting/<path>", ctx -> html(ctx, meeting::render));
        config.routes.get("/id/<rest>", entity::handle);
        config.routes.get("/static/{name}", StaticAssets::serve);
    }

    private void html(Context ctx, Function<Context, String> page) {
        String body;
        try {
            body = page.apply(ctx);
        } catch (RuntimeException e) {
            ErrorPage.write(ctx, e, services, new Links(services.iris()));
            return;
        }
        ctx.header("Content-Security-Policy", ContentPolicy.HEADER).contentType("text/html; charset=utf-8").result(body);
    }
}
