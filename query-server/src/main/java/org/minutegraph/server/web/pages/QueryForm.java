package org.minutegraph.server.web.pages;

import org.minutegraph.server.web.http.Html;

/** The one-field forms of the who and timeline pages, with type-ahead. */
final class QueryForm {

    private QueryForm() {
    }

    static void single(StringBuilder b, String action, String name, String value, String placeholder) {
        open(b, action, name, value, placeholder);
        close(b);
    }

    static void open(StringBuilder b, String action, String name, String value, String placeholder) {
        b.append("<form class=\"query\" action=\"").append(action).append("\" method=\"get\"><div class=\"field\">")
                .append("<input type=\"search\" name=\"").append(name).append("\" id=\"").append(name).append("\" data-suggest value=\"")
                .append(Html.text(value)).append("\" placeholder=\"").append(Html.text(placeholder)).append("\" aria-label=\"")
                .append(Html.text(placeholder)).append("\"></div>");
    }

    static void close(StringBuilder b) {
        b.append("<button type=\"submit\">Show</button></form>");
    }
}
