package org.minutegraph.ingest.parse;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects the visible text of inline markdown, a parallel "prose" string in which inline code and
 * URLs are blanked with spaces (so offsets agree), and the links met on the way.
 */
final class InlineText {

    static final Pattern URL = Pattern.compile("(?i)\\b(?:https?|ftp)://[^\\s<>\"]+|\\bwww\\.[^\\s<>\"]+\\.[^\\s<>\"]+");
    private static final Pattern BR = Pattern.compile("(?i)<br\\s*/?>");

    private final Document document;
    private final LineIndex lines;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder prose = new StringBuilder();
    private final List<org.minutegraph.ingest.model.Link> links = new ArrayList<>();

    InlineText(Document document, LineIndex lines) {
        this.document = document;
        this.lines = lines;
    }

    String text() {
        return text.toString();
    }

    /** The prose, with any URL that survived as plain text blanked as well. */
    String prose() {
        return blankUrls(prose.toString());
    }

    List<org.minutegraph.ingest.model.Link> links() {
        return links;
    }

    int length() {
        return text.length();
    }

    /** Adds the same characters to text and prose. */
    void plain(String s) {
        text.append(s);
        prose.append(s);
    }

    /** Appends the inline content of {@code node}'s children. */
    InlineText appendChildren(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            append(child);
        }
        return this;
    }

    void append(Node node) {
        switch (node) {
            case Code code -> hidden(code.getText().toString());
            case MailLink mail -> {
                hidden(mail.getText().toString());
                link("mailto:" + mail.getText(), "", node);
            }
            case AutoLink auto -> {
                hidden(auto.getText().toString());
                link(auto.getUrl().toString(), "", node);
            }
            case Link link -> linked(link.getUrl().toString(), link);
            case LinkRef ref -> linkRef(ref);
            case SoftLineBreak ignored -> plain("\n");
            case HardLineBreak ignored -> plain("\n");
            case HtmlInlineComment ignored -> {
            }
            case HtmlInline html -> {
                if (BR.matcher(html.getChars()).matches()) {
                    plain("\n");
                }
            }
            case HtmlEntity entity -> plain(Escaping.unescapeString(entity.getChars()));
            default -> {
                if (node.hasChildren()) {
                    appendChildren(node);
                } else {
                    plain(Escaping.unescapeString(node.getChars()));
                }
            }
        }
    }

    private void linkRef(LinkRef ref) {
        Reference target = ref.isDefined() ? ref.getReferenceNode(document) : null;
        if (target == null) {
            // Not a link at all, just brackets in the text ("[WIP]").
            plain("[");
            appendChildren(ref);
            plain("]");
            return;
        }
        linked(target.getUrl().toString(), ref);
    }

    private void linked(String url, Node node) {
        int start = text.length();
        appendChildren(node);
        String shown = text.substring(start);
        if (URL.matcher(shown.strip()).matches()) {
            prose.replace(start, prose.length(), " ".repeat(shown.length()));
        }
        link(url, shown.strip(), node);
    }

    private void hidden(String s) {
        text.append(s);
        prose.append(" ".repeat(s.length()));
    }

    private void link(String url, String shown, Node node) {
        links.add(new org.minutegraph.ingest.model.Link(url, shown, lines.lineOf(node.getStartOffset())));
    }

    /** Spaces over every URL in {@code s}, keeping its length. */
    static String blankUrls(String s) {
        Matcher m = URL.matcher(s);
        if (!m.find()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s);
        do {
            for (int i = m.start(); i < m.end(); i++) {
                sb.setCharAt(i, ' ');
            }
        } while (m.find());
        return sb.toString();
    }
}
