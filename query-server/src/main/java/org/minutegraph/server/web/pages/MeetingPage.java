package org.minutegraph.server.web.pages;

import org.minutegraph.server.web.http.Html;
import io.javalin.http.Context;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minutegraph.server.graph.LabelledIri;
import org.minutegraph.server.graph.MeetingDetails;
import org.minutegraph.server.graph.MeetingDetails.ActionItemView;
import org.minutegraph.server.graph.MeetingDetails.DecisionView;
import org.minutegraph.server.graph.MeetingDetails.SectionView;
import org.minutegraph.server.graph.MeetingRef;
import org.minutegraph.server.graph.PersonView;

/** One meeting: its minutes rendered safely, and beside them what the graph knows of it. */
final class MeetingPage {

    private final SiteServices services;
    private final Links links;
    private final MinutesRenderer renderer = new MinutesRenderer();

    MeetingPage(SiteServices services, Links links) {
        this.services = services;
        this.links = links;
    }

    String render(Context ctx) {
        String path = java.net.URLDecoder.decode(ctx.path().substring("/meeting/".length()).replace("+", "%2B"),
                java.nio.charset.StandardCharsets.UTF_8);
        MeetingDetails m = services.graph().meetings().meeting(path);
        Optional<String> content = services.graph().meetings().content(m.iri());
        StringBuilder b = new StringBuilder();
        b.append("<p class=\"muted small\"><a href=\"").append(Html.text(links.entity(m.series().iri()))).append("\">")
                .append(Html.text(m.series().label())).append("</a> · <time>").append(Html.text(m.date())).append("</time> · <code>")
                .append(Html.text(m.sourcePath())).append("</code></p>");
        b.append("<div class=\"columns wide-side\"><article class=\"minutes\" id=\"minutes\">");
        if (content.isPresent()) {
            int graphLines = m.sections().stream().mapToInt(SectionView::endLine).max().orElse(0);
            MinutesExcerpt excerpt = MinutesExcerpt.of(content.get(), graphLines, MinutesExcerpt.MAX_CHARS);
            b.append(renderer.render(excerpt.text(), terms(m), topics(m)));
            if (excerpt.cut()) {
                cutNotice(b, m, excerpt);
            }
        } else {
            b.append("<h1>").append(Html.text(m.title())).append("</h1><p class=\"notice\">The store holds no text for this meeting; ")
                    .append("ingest the minutes again to see them here.</p>");
        }
        b.append("</article><aside class=\"panel card\" id=\"panel\">");
        panel(b, m);
        b.append("</aside></div>");
        return Layout.page(m.title(), Layout.Nav.NONE, b.toString(), List.of());
    }

    /** Says how much of the file the page shows and why, and where the whole file is. */
    private void cutNotice(StringBuilder b, MeetingDetails m, MinutesExcerpt excerpt) {
        b.append("<p class=\"notice\" id=\"cut\">This file has ").append(excerpt.totalLines()).append(" lines; the page shows ");
        if (excerpt.shownLines() < excerpt.graphLines() || excerpt.graphLines() == excerpt.totalLines()) {
            b.append("its first ").append(String.format("%,d", MinutesExcerpt.MAX_CHARS)).append(" characters (to line ")
                    .append(excerpt.shownLines()).append("), as much as one page holds. ");
        } else {
            b.append("lines 1–").append(excerpt.shownLines()).append(": ingest cut the file at line ").append(excerpt.graphLines() + 1)
                    .append(" (too many sections or blocks for one file), so the graph and the search hold no more of it either. ");
        }
        Optional<String> source = services.sourceUrl(m.sourcePath(), 0);
        b.append(source.map(url -> "<a class=\"source\" rel=\"nofollow noopener\" href=\"" + Html.text(url) + "\">The whole file</a>.")
                .orElse("The whole file is <code>" + Html.text(m.sourcePath()) + "</code> in the minutes folder."));
        b.append("</p>");
    }

    private Map<String, MinutesRenderer.Link> terms(MeetingDetails m) {
        Map<String, MinutesRenderer.Link> terms = new LinkedHashMap<>();
        List<PersonView> people = new java.util.ArrayList<>(m.participants());
        people.addAll(m.minuteTakers());
        m.actionItems().forEach(a -> people.addAll(a.owners()));
        m.sections().forEach(s -> {
            people.addAll(s.people());
            people.addAll(s.sponsors());
            s.tools().forEach(t -> terms.putIfAbsent(t.label(), new MinutesRenderer.Link(t.label(), links.entity(t.iri()), "tool")));
        });
        for (PersonView p : people) {
            MinutesRenderer.Link link = new MinutesRenderer.Link(Links.person(p), links.entity(p.iri()), "person");
            if (p.handle() != null) {
                terms.putIfAbsent("@" + p.handle(), link);
            }
            if (p.name() != null && p.name().contains(" ")) {
                terms.putIfAbsent(p.name(), link);
            }
        }
        return terms;
    }

    private Map<Integer, MinutesRenderer.Link> topics(MeetingDetails m) {
        Map<Integer, MinutesRenderer.Link> topics = new LinkedHashMap<>();
        m.sections().stream().filter(s -> s.topic() != null).forEach(s -> topics.put(s.startLine(),
                new MinutesRenderer.Link(s.topic().label(), links.entity(s.topic().iri()), "topic")));
        return topics;
    }

    private void panel(StringBuilder b, MeetingDetails m) {
        b.append("<section><h2>Meeting</h2><dl class=\"meta\"><dt>Date</dt><dd>").append(Html.text(m.date())).append("</dd><dt>Series</dt><dd>")
                .append(link(m.series().iri(), m.series().label())).append("</dd><dt>File</dt><dd>");
        Optional<String> source = services.sourceUrl(m.sourcePath(), 0);
        b.append(source.map(url -> "<a class=\"source\" rel=\"nofollow noopener\" href=\"" + Html.text(url) + "\">" + Html.text(m.sourcePath())
                + "</a>").orElse(Html.text(m.sourcePath())));
        b.append("</dd></dl></section>");
        people(b, "Participants", m.participants());
        people(b, "Minutes taken by", m.minuteTakers());
        Map<String, LabelledIri> tools = new LinkedHashMap<>();
        Map<String, LabelledIri> topics = new LinkedHashMap<>();
        m.sections().forEach(s -> {
            s.tools().forEach(t -> tools.putIfAbsent(t.iri(), t));
            if (s.topic() != null) {
                topics.putIfAbsent(s.topic().iri(), s.topic());
            }
        });
        tags(b, "Tools", tools.values(), "tool");
        tags(b, "Topics", topics.values(), "topic");
        if (!m.decisions().isEmpty()) {
            b.append("<section id=\"decisions\"><h2>Decisions</h2><ul>");
            for (DecisionView d : m.decisions()) {
                b.append("<li><a href=\"#").append(anchor(m, d.startLine())).append("\">").append(Html.text(d.text())).append("</a></li>");
            }
            b.append("</ul></section>");
        }
        if (!m.actionItems().isEmpty()) {
            b.append("<section id=\"actions\"><h2>Action items</h2><ul>");
            for (ActionItemView a : m.actionItems()) {
                b.append("<li>");
                if (a.status() != null) {
                    b.append("<span class=\"badge ").append(Html.text(a.status())).append("\">").append(Html.text(a.status())).append("</span> ");
                }
                b.append("<a href=\"#").append(anchor(m, a.startLine())).append("\">").append(Html.text(a.text())).append("</a>");
                if (!a.owners().isEmpty()) {
                    b.append(" <span class=\"muted\">—");
                    a.owners().forEach(o -> b.append(' ').append(link(o.iri(), Links.person(o))));
                    b.append("</span>");
                }
                b.append("</li>");
            }
            b.append("</ul></section>");
        }
        List<LabelledIri> external = m.references().stream().filter(r -> !services.iris().isLocal(r.iri())).toList();
        List<LabelledIri> meetings = m.references().stream().filter(r -> services.iris().isLocal(r.iri())).toList();
        if (!external.isEmpty()) {
            b.append("<section id=\"references\"><h2>References</h2><ul>");
            external.forEach(r -> b.append("<li>").append(link(r.iri(), r.label())).append("</li>"));
            b.append("</ul></section>");
        }
        if (!meetings.isEmpty()) {
            b.append("<section id=\"links-to\"><h2>Links to meetings</h2><ul>");
            meetings.forEach(r -> b.append("<li>").append(link(r.iri(), r.label())).append("</li>"));
            b.append("</ul></section>");
        }
        if (!m.referencedBy().isEmpty()) {
            b.append("<section id=\"linked-from\"><h2>Linked from</h2><ul>");
            for (MeetingRef r : m.referencedBy()) {
                b.append("<li><a href=\"").append(Html.text(Links.meeting(r.sourcePath()))).append("\">").append(Html.text(r.title()))
                        .append("</a></li>");
            }
            b.append("</ul></section>");
        }
    }

    /** The heading of the section that holds the line, so the panel links land near the item. */
    private static String anchor(MeetingDetails m, int line) {
        int best = 0;
        for (SectionView s : m.sections()) {
            if (s.startLine() <= line && s.startLine() > best) {
                best = s.startLine();
            }
        }
        return "L" + best;
    }

    private void people(StringBuilder b, String title, List<PersonView> people) {
        if (people.isEmpty()) {
            return;
        }
        b.append("<section><h2>").append(title).append("</h2><ul class=\"tags\">");
        people.forEach(p -> b.append("<li><a class=\"badge person\" href=\"").append(Html.text(links.entity(p.iri()))).append("\">")
                .append(Html.text(Links.person(p))).append("</a></li>"));
        b.append("</ul></section>");
    }

    private void tags(StringBuilder b, String title, Collection<LabelledIri> items, String kind) {
        if (items.isEmpty()) {
            return;
        }
        b.append("<section><h2>").append(title).append("</h2><ul class=\"tags\">");
        items.forEach(t -> b.append("<li><a class=\"badge ").append(kind).append("\" href=\"").append(Html.text(links.entity(t.iri())))
                .append("\">").append(Html.text(t.label())).append("</a></li>"));
        b.append("</ul></section>");
    }

    private String link(String iri, String label) {
        String rel = links.external(iri) ? " rel=\"nofollow noopener\"" : "";
        return "<a href=\"" + Html.text(links.entity(iri)) + "\"" + rel + ">" + Html.text(label) + "</a>";
    }
}
