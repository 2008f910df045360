package org.minutegraph.server.web.pages;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;

/**
 * Minutes markdown as safe HTML: flexmark with raw HTML escaped and {@code javascript:} links
 * suppressed, then cleaned by jsoup's relaxed safelist (the second line of defence), headings
 * given ids {@code L<line>} so search hits can deep-link, and people and tools linked to their pages
 * (the first {@value #MAX_TERM_LINKS} mentions).
 */
final class MinutesRenderer {

    private static final Safelist SAFE = Safelist.relaxed()
            .addAttributes(":all", "id", "class")
            .addAttributes("input", "type", "checked", "disabled")
            .addTags("input", "del", "s", "mark")
            .removeTags("img")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");

    /** Links to people and tools on one page, at most: a real file has a few hundred; a huge one must not grow sixfold. */
    static final int MAX_TERM_LINKS = 2_000;

    private final Parser parser;
    private final HtmlRenderer renderer;

    MinutesRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AutolinkExtension.create(), TaskListExtension.create(),
                StrikethroughExtension.create(), YamlFrontMatterExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "(?i)\\s*(javascript|vbscript|data|file):.*");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return MinutesRenderer::headingId;
            }
        }).build();
    }

    private static void headingId(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof Heading && part == AttributablePart.NODE) {
            attributes.replaceValue("id", "L" + (node.getStartLineNumber() + 1));
        }
    }

    /**
     * @param markdown the redacted text of the file
     * @param terms words to link (tool labels, "@handle"s, names) → the local page to link them to
     * @param topics heading line → (topic label, topic page), shown as a tag after the heading
     */
    String render(String markdown, Map<String, Link> terms, Map<Integer, Link> topics) {
        String html = renderer.render(parser.parse(markdown));
        Document doc = Jsoup.parseBodyFragment(Jsoup.clean(html, "", SAFE, new Document.OutputSettings().prettyPrint(false)));
        doc.outputSettings().prettyPrint(false);
        for (Element a : doc.select("a[href]")) {
            String href = a.attr("href");
            if (!href.matches("(?i)(https?://|mailto:|#|/).*")) {
                a.unwrap();
            }
        }
        for (Element h : doc.select("h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]")) {
            if (!h.id().matches("L\\d+")) {
                h.removeAttr("id");
                continue;
            }
            Link topic = topics.get(Integer.parseInt(h.id().substring(1)));
            if (topic != null) {
                h.appendElement("a").addClass("badge").addClass("topic").addClass("topic-link").attr("href", topic.href()).text(topic.label());
            }
            h.appendElement("a").addClass("anchor").attr("href", "#" + h.id()).attr("aria-label", "Link to this section").text("#");
        }
        linkTerms(doc.body(), terms);
        return doc.body().html();
    }

    /** A place to link to and the text to show. */
    record Link(String label, String href, String kind) {
    }

    private static void linkTerms(Element root, Map<String, Link> terms) {
        if (terms.isEmpty()) {
            return;
        }
        List<String> keys = new ArrayList<>(terms.keySet());
        keys.sort((x, y) -> Integer.compare(y.length(), x.length()));
        StringBuilder alternatives = new StringBuilder();
        for (String k : keys) {
            alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(k));
        }
        Pattern pattern = Pattern.compile("(?<![\\w@/.-])(" + alternatives + ")(?![\\w-])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Map<String, Link> byLower = new java.util.HashMap<>();
        terms.forEach((k, v) -> byLower.put(k.toLowerCase(java.util.Locale.ROOT), v));
        int links = 0;
        List<TextNode> texts = new ArrayList<>();
        root.traverse((node, depth) -> {
            if (node instanceof TextNode t && t.parent() instanceof Element parent
                    && parent.closest("a, code, pre, h1, h2, h3, h4, h5, h6") == null) {
                texts.add(t);
            }
        });
        for (TextNode t : texts) {
            if (links >= MAX_TERM_LINKS) {
                return;
            }
            String text = t.getWholeText();
            Matcher m = pattern.matcher(text);
            if (!m.find()) {
                continue;
            }
            List<org.jsoup.nodes.Node> parts = new ArrayList<>();
            int last = 0;
            do {
                Link link = byLower.get(m.group(1).toLowerCase(java.util.Locale.ROOT));
                if (link == null) {
                    continue;
                }
                parts.add(new TextNode(text.substring(last, m.start(1))));
                Element a = new Element("a").addClass("ent").addClass(link.kind()).attr("href", link.href()).attr("title", link.label());
                a.appendChild(new TextNode(m.group(1)));
                parts.add(a);
                last = m.end(1);
                links++;
            } while (links < MAX_TERM_LINKS && m.find());
            parts.add(new TextNode(text.substring(last)));
            for (org.jsoup.nodes.Node p : parts) {
                t.before(p);
            }
            t.remove();
        }
    }
}
