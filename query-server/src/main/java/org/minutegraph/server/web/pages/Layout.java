package org.minutegraph.server.web.pages;

import org.minutegraph.server.web.http.Html;
import java.util.List;

/** The frame every page shares: head, header with the navigation, main, footer. */
final class Layout {

    /** The sections of the navigation; {@code active} marks the current one. */
    enum Nav {
        SEARCH("/", "Search"), WHO("/who", "Who"), TIMELINE("/timeline", "Timeline"), SPARQL("/sparql", "SPARQL"), NONE("", "");

        final String path;
        final String label;

        Nav(String path, String label) {
            this.path = path;
            this.label = label;
        }
    }

    private Layout() {
    }

    /**
     * @param title plain text (escaped here)
     * @param body HTML built with {@link Html}
     * @param scripts paths of scripts to load at the end of the body
     */
    static String page(String title, Nav active, String body, List<String> scripts) {
        StringBuilder nav = new StringBuilder();
        for (Nav n : Nav.values()) {
            if (n == Nav.NONE) {
                continue;
            }
            nav.append("<a href=\"").append(n.path).append('"').append(n == active ? " aria-current=\"page\"" : "").append('>')
                    .append(n.label).append("</a>");
        }
        StringBuilder tail = new StringBuilder();
        scripts.forEach(s -> tail.append("<script src=\"").append(Html.text(s)).append("\"></script>\n"));
        return """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · Minutegraph</title>
                <link rel="stylesheet" href="/static/minutegraph.css">
                </head>
                <body>
                <header class="site"><a class="brand" href="/">Minute<span>graph</span></a><nav>%s</nav></header>
                <main>
                %s
                </main>
                <footer class="site">Minutegraph · meeting minutes as a knowledge graph · <a href="/sparql">SPARQL</a> · <a href="/api/stats">stats</a></footer>
                %s</body>
                </html>
                """.formatted(Html.text(title), nav, body, tail);
    }
}
