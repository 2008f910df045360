package org.minutegraph.server.web.pages;

import org.minutegraph.server.web.http.Html;
import io.javalin.http.Context;
import java.util.List;

import org.minutegraph.server.search.WhoResponse;

/** Who discussed a topic: people ranked with their evidence, and the teams that talked about it most. */
final class WhoPage {

    private final SiteServices services;
    private final Links links;

    WhoPage(SiteServices services, Links links) {
        this.services = services;
        this.links = links;
    }

    String render(Context ctx) {
        String topic = ctx.queryParam("topic");
        StringBuilder b = new StringBuilder();
        b.append("<h1>Who discussed…</h1>");
        QueryForm.single(b, "/who", "topic", topic, "A tool, topic or any words, e.g. Harbor");
        if (topic == null || topic.isBlank()) {
            b.append("<p class=\"muted\">Ask who talked about a tool or a topic: people are ranked by how often they were mentioned, ")
                    .append("sponsored it, owned an action item about it or attended meetings about it.</p>");
            return Layout.page("Who discussed…", Layout.Nav.WHO, b.toString(), List.of("/static/suggest.js"));
        }
        WhoResponse who = services.search().get().who().who(topic);
        if (who.topic().iri() == null && who.people().isEmpty() && who.teams().isEmpty()) {
            throw services.graph().catalog().notFound(topic); // the 404 with "did you mean" of /api/who and /timeline
        }
        b.append("<h2 class=\"topic-title\">");
        if (who.topic().iri() != null) {
            b.append("<a href=\"").append(Html.text(links.entity(who.topic().iri()))).append("\">").append(Html.text(who.topic().label()))
                    .append("</a>");
        } else {
            b.append("“").append(Html.text(who.topic().label())).append("” <span class=\"muted small\">(as words in the minutes)</span>");
        }
        b.append("</h2><div class=\"actions\"><a href=\"").append(Html.text(Links.timeline(who.topic().label()))).append("\">Timeline</a>")
                .append("<a href=\"").append(Html.text(Links.search(java.util.Map.of("q", who.topic().label())))).append("\">Search passages</a></div>");
        if (who.people().isEmpty()) {
            b.append("<div class=\"card\"><p>No one found for this.</p></div>");
            return Layout.page("Who discussed " + topic, Layout.Nav.WHO, b.toString(), List.of("/static/suggest.js"));
        }
        b.append("<div class=\"columns halves\"><section><h2>People</h2><ol class=\"people\">");
        double top = who.people().get(0).score();
        who.people().forEach(p -> person(b, p, top));
        b.append("</ol></section><aside><h2>Teams</h2><div class=\"card\"><table class=\"teams\">");
        who.teams().forEach(t -> b.append("<tr><td><a href=\"").append(Html.text(links.entity(services.iris().series(t.series())))).append("\">")
                .append(Html.text(t.label() != null ? t.label() : t.series())).append("</a></td><td class=\"n\">").append(t.count())
                .append(t.count() == 1 ? " passage" : " passages").append("</td></tr>"));
        b.append("</table></div></aside></div>");
        return Layout.page("Who discussed " + who.topic().label(), Layout.Nav.WHO, b.toString(), List.of("/static/suggest.js"));
    }

    private void person(StringBuilder b, WhoResponse.Person p, double top) {
        String name = p.name() != null ? p.name() : p.handle() != null ? "@" + p.handle() : p.iri();
        int width = top <= 0 ? 0 : (int) Math.round(100 * p.score() / top);
        b.append("<li class=\"card person\"><div class=\"person-head\"><a class=\"name\" href=\"").append(Html.text(links.entity(p.iri())))
                .append("\">").append(Html.text(name)).append("</a>");
        if (p.handle() != null && p.name() != null) {
            b.append("<span class=\"muted\">@").append(Html.text(p.handle())).append("</span>");
        }
        b.append("<span class=\"muted small\">").append(p.meetings()).append(p.meetings() == 1 ? " meeting" : " meetings")
                .append(" · score ").append(String.format(java.util.Locale.ROOT, "%.1f", p.score())).append("</span></div>")
                .append("<div class=\"bar\" aria-hidden=\"true\"><span style=\"width:").append(width).append("%\"></span></div>");
        if (!p.evidence().isEmpty()) {
            b.append("<details class=\"evidence\"><summary>Evidence (").append(p.evidence().size()).append(")</summary><ul class=\"evidence\">");
            p.evidence().forEach(e -> {
                b.append("<li><div><a href=\"").append(Html.text(e.startLine() > 0 ? Links.meeting(e.sourcePath(), e.startLine()) : Links.meeting(e.sourcePath())))
                        .append("\">").append(Html.text(e.heading()))
                        .append("</a> <span class=\"muted small\">").append(Html.text(e.date())).append(" · ").append(Html.text(e.sourcePath()))
                        .append("</span></div><div>").append(Html.marked(e.snippet())).append("</div></li>");
            });
            b.append("</ul></details>");
        }
        b.append("</li>");
    }
}
