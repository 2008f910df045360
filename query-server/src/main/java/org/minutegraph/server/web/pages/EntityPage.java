package org.minutegraph.server.web.pages;

import org.minutegraph.server.web.http.Html;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.minutegraph.server.catalog.Entity;
import org.minutegraph.server.catalog.EntityCatalog;
import org.minutegraph.server.graph.Counted;
import org.minutegraph.server.graph.GraphNotFoundException;
import org.minutegraph.server.graph.EntityDescription;
import org.minutegraph.server.catalog.EntityKind;
import org.minutegraph.server.graph.LabelledIri;
import org.minutegraph.server.graph.MeetingRef;
import org.minutegraph.server.graph.PersonSummary;
import org.minutegraph.server.graph.SeriesSummary;
import org.minutegraph.server.sparql.AcceptHeader;
import org.minutegraph.server.web.http.NotAcceptableException;
import org.minutegraph.server.web.http.NotFoundException;

/**
 * {@code /id/{rest}} dereferences the IRI {@code base + rest}: a page for browsers (meetings and
 * sections redirect to the meeting page), Turtle, JSON-LD or N-Triples for RDF clients, by the
 * Accept header or {@code ?format=turtle|jsonld|ntriples}.
 */
final class EntityPage {

    private static final Map<String, Lang> RDF = Map.of("text/turtle", Lang.TURTLE, "application/ld+json", Lang.JSONLD,
            "application/n-triples", Lang.NTRIPLES);
    private static final List<String> OFFERED = List.of("text/html", "text/turtle", "application/ld+json", "application/n-triples");
    private static final Map<String, String> FORMATS = Map.of("html", "text/html", "turtle", "text/turtle", "ttl", "text/turtle",
            "jsonld", "application/ld+json", "json-ld", "application/ld+json", "ntriples", "application/n-triples", "nt", "application/n-triples");
    private static final Pattern SECTION = Pattern.compile("(.+)/section/(\\d+)");
    /** The IRIs of named entities: a kind, then the name ("tool/harbor", "person/jschoone"). */
    private static final Pattern NAMED = Pattern.compile("(?:tool|topic|category|series|person)/([^/]+)");
    private static final int MAX_LITERAL = 400;

    private final SiteServices services;
    private final Links links;

    EntityPage(SiteServices services, Links links) {
        this.services = services;
        this.links = links;
    }

    void handle(Context ctx) {
        String iri = services.iris().base() + ctx.path().substring("/id/".length());
        ctx.header("Vary", "Accept");
        String type = negotiate(ctx);
        if (!type.equals("text/html")) {
            Model model = services.graph().entities().describeModel(iri);
            if (model.isEmpty()) {
                throw new NotFoundException("The graph holds nothing about <" + iri + ">");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, model, RDF.get(type));
            ctx.contentType(type.equals("application/ld+json") ? type : type + "; charset=utf-8").result(out.toByteArray());
            return;
        }
        try {
            html(ctx, iri);
        } catch (RuntimeException e) {
            ErrorPage.write(ctx, e, services, links);
        }
    }

    private static String negotiate(Context ctx) {
        String format = ctx.queryParam("format");
        if (format != null && !format.isBlank()) {
            String type = FORMATS.get(format.strip().toLowerCase(java.util.Locale.ROOT));
            if (type == null) {
                throw new NotAcceptableException("format=" + format + " is not offered; use html, turtle, jsonld or ntriples");
            }
            return type;
        }
        return AcceptHeader.parse(ctx.header("Accept")).choose(OFFERED).orElseThrow(() -> new NotAcceptableException(
                "None of the accepted types (" + ctx.header("Accept") + ") is offered; acceptable: " + String.join(", ", OFFERED)));
    }

    private void html(Context ctx, String iri) {
        Matcher section = SECTION.matcher(iri);
        if (section.matches()) {
            String path = services.graph().meetings().meeting(section.group(1)).sourcePath();
            ctx.redirect(Links.meeting(path, Integer.parseInt(section.group(2))), HttpStatus.SEE_OTHER);
            return;
        }
        EntityDescription d;
        try {
            d = services.graph().entities().describe(iri);
        } catch (GraphNotFoundException e) {
            ctx.redirect(byName(iri, e), HttpStatus.SEE_OTHER);
            return;
        }
        if (d.kind() == EntityKind.MEETING) {
            ctx.redirect(Links.meeting(services.graph().meetings().meeting(iri).sourcePath()), HttpStatus.SEE_OTHER);
            return;
        }
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.text(d.label())).append(" <span class=\"badge ").append(d.kind().json()).append("\">")
                .append(d.kind().json()).append("</span></h1><p><code class=\"iri\">").append(Html.text(iri)).append("</code></p>");
        b.append("<div class=\"actions\">");
        if (List.of(EntityKind.TOOL, EntityKind.TOPIC, EntityKind.CATEGORY, EntityKind.PERSON).contains(d.kind())) {
            b.append("<a href=\"").append(Html.text(Links.timeline(iri))).append("\">Timeline</a>");
        }
        if (List.of(EntityKind.TOOL, EntityKind.TOPIC, EntityKind.CATEGORY).contains(d.kind())) {
            b.append("<a href=\"").append(Html.text(Links.who(d.label()))).append("\">Who discussed it?</a>");
        }
        if (d.kind() == EntityKind.SERIES) {
            b.append("<a href=\"").append(Html.text(Links.timeline(iri))).append("\">Meetings over time</a>");
        }
        b.append("<a href=\"").append(Html.text(searchFor(d))).append("\">Search passages</a>");
        String self = ctx.path();
        b.append("<a href=\"").append(Html.text(self)).append("?format=turtle\">Turtle</a><a href=\"").append(Html.text(self))
                .append("?format=jsonld\">JSON-LD</a></div>");
        if (d.kind() == EntityKind.PERSON) {
            person(b, services.graph().summaries().person(iri));
        } else if (d.kind() == EntityKind.SERIES) {
            series(b, services.graph().summaries().series(iri));
        }
        properties(b, d);
        ctx.header("Content-Security-Policy", ContentPolicy.HEADER).contentType("text/html; charset=utf-8")
                .result(Layout.page(d.label(), Layout.Nav.NONE, b.toString(), List.of()));
    }

    /**
     * The page of the entity an IRI the graph does not hold names by its last part, as who and the
     * timeline read that name ({@code /id/tool/habour} is Harbor's page); else the same not-found
     * with "did you mean" as theirs, or, for an IRI no name can be read from, {@code notFound}.
     */
    private String byName(String iri, GraphNotFoundException notFound) {
        Matcher named = NAMED.matcher(iri.substring(services.iris().base().length()));
        if (!named.matches()) {
            throw notFound;
        }
        String name = URLDecoder.decode(named.group(1), StandardCharsets.UTF_8);
        EntityCatalog catalog = services.graph().catalog();
        Entity entity = catalog.resolve(name).orElseThrow(() -> catalog.notFound(name));
        if (entity.iri().equals(iri)) {
            throw notFound; // named in the index but not in the graph: no page to send to
        }
        return links.entity(entity.iri());
    }

    private static String searchFor(EntityDescription d) {
        String key = switch (d.kind()) {
            case PERSON -> "person";
            case TOOL, CATEGORY -> "tool";
            case SERIES -> "series";
            default -> "q";
        };
        String value = d.kind() == EntityKind.PERSON || d.kind() == EntityKind.TOOL ? d.iri()
                : d.kind() == EntityKind.SERIES ? d.iri().substring(d.iri().lastIndexOf('/') + 1) : d.label();
        return Links.search(Map.of(key, value));
    }

    private void person(StringBuilder b, PersonSummary p) {
        b.append("<div class=\"stats\">");
        stat(b, p.meetingsAttended(), "meetings attended");
        stat(b, p.minutesTaken(), "minutes taken");
        stat(b, p.mentions(), "mentions");
        stat(b, p.actionItems().total(), "action items (" + p.actionItems().open() + " open)");
        b.append("</div><p class=\"muted\">Seen from ").append(Html.text(Optional.ofNullable(p.firstSeen()).orElse("—"))).append(" to ")
                .append(Html.text(Optional.ofNullable(p.lastSeen()).orElse("—"))).append("</p><div class=\"columns halves\"><div>");
        counted(b, "Teams", p.series());
        b.append("</div><div>");
        counted(b, "Tools", p.topTools());
        counted(b, "Topics", p.topTopics());
        b.append("</div></div>");
    }

    private void series(StringBuilder b, SeriesSummary s) {
        b.append("<div class=\"stats\">");
        stat(b, s.meetings(), "meetings");
        stat(b, s.decisions(), "decisions");
        stat(b, s.actionItems().total(), "action items (" + s.actionItems().open() + " open)");
        b.append("</div><p class=\"muted\">From ").append(Html.text(Optional.ofNullable(s.first()).orElse("—"))).append(" to ")
                .append(Html.text(Optional.ofNullable(s.last()).orElse("—"))).append("</p><div class=\"columns halves\"><div>");
        if (!s.recentMeetings().isEmpty()) {
            b.append("<h2>Latest meetings</h2><ul>");
            for (MeetingRef m : s.recentMeetings()) {
                b.append("<li><a href=\"").append(Html.text(Links.meeting(m.sourcePath()))).append("\">").append(Html.text(m.title()))
                        .append("</a></li>");
            }
            b.append("</ul>");
        }
        counted(b, "People", s.topPeople());
        b.append("</div><div>");
        counted(b, "Tools", s.topTools());
        counted(b, "Topics", s.topTopics());
        b.append("</div></div>");
    }

    private static void stat(StringBuilder b, long n, String label) {
        b.append("<div class=\"card\"><div class=\"n\">").append(n).append("</div><div class=\"l\">").append(Html.text(label)).append("</div></div>");
    }

    private void counted(StringBuilder b, String title, List<Counted> items) {
        if (items.isEmpty()) {
            return;
        }
        b.append("<h2>").append(title).append("</h2><ul>");
        items.forEach(c -> b.append("<li><a href=\"").append(Html.text(links.entity(c.iri()))).append("\">").append(Html.text(c.label()))
                .append("</a> <span class=\"muted\">").append(c.count()).append("</span></li>"));
        b.append("</ul>");
    }

    private void properties(StringBuilder b, EntityDescription d) {
        b.append("<h2>What the graph says</h2><div class=\"card\"><table class=\"props\">");
        for (EntityDescription.PropertyValues p : d.properties()) {
            b.append("<tr><th>").append(link(p.predicate(), p.predicateLabel())).append("</th><td>");
            for (int i = 0; i < p.values().size(); i++) {
                EntityDescription.Value v = p.values().get(i);
                b.append(i > 0 ? "<br>" : "");
                if (v.iri() != null) {
                    b.append(link(v.iri(), v.label() != null ? v.label() : v.iri()));
                } else {
                    String text = v.literal().length() > MAX_LITERAL ? v.literal().substring(0, MAX_LITERAL) + " …" : v.literal();
                    b.append(Html.text(text));
                }
            }
            b.append("</td></tr>");
        }
        b.append("</table></div>");
        if (!d.incoming().isEmpty()) {
            b.append("<h2>Pointed at by</h2><div class=\"card\"><table class=\"props\">");
            for (EntityDescription.IncomingLinks in : d.incoming()) {
                b.append("<tr><th>").append(Html.text(in.predicateLabel())).append(" <span class=\"muted\">(").append(in.total())
                        .append(")</span></th><td>");
                for (int i = 0; i < in.subjects().size(); i++) {
                    LabelledIri s = in.subjects().get(i);
                    b.append(i > 0 ? "<br>" : "").append(link(s.iri(), s.label()));
                }
                if (in.total() > in.subjects().size()) {
                    b.append("<br><span class=\"muted\">and ").append(in.total() - in.subjects().size()).append(" more</span>");
                }
                b.append("</td></tr>");
            }
            b.append("</table></div>");
        }
    }

    private String link(String iri, String label) {
        String href = links.entity(iri);
        String rel = links.external(iri) ? " rel=\"nofollow noopener\"" : "";
        return "<a href=\"" + Html.text(href) + "\"" + rel + ">" + Html.text(label) + "</a>";
    }
}
