package org.minutegraph.server.web.pages;

import org.minutegraph.server.web.http.Html;
import io.javalin.http.Context;
import java.util.List;

import org.minutegraph.server.catalog.Entity;
import org.minutegraph.server.catalog.EntityNotFoundException;
import org.minutegraph.server.graph.GraphNotFoundException;
import org.minutegraph.server.graph.GraphTimeoutException;
import org.minutegraph.server.search.InvalidQueryException;
import org.minutegraph.server.web.http.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a person sees when a page cannot be answered: the reason, and for unknown names "did you mean". */
final class ErrorPage {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPage.class);

    private ErrorPage() {
    }

    static void write(Context ctx, RuntimeException e, SiteServices services, Links links) {
        int status;
        String title;
        String detail = e.getMessage();
        List<Entity> candidates = List.of();
        if (e instanceof EntityNotFoundException nf) {
            status = 404;
            title = "Nothing by that name";
            candidates = nf.candidates();
        } else if (e instanceof GraphNotFoundException) {
            status = 404;
            title = "Not found";
        } else if (e instanceof InvalidQueryException || e instanceof IllegalArgumentException) {
            status = 400;
            title = "This cannot be answered as asked";
        } else if (e instanceof GraphTimeoutException) {
            status = 503;
            title = "That took too long";
            detail = detail + "; narrow it down (a date range, a more specific name) and try again";
        } else if (e instanceof ApiException api) {
            status = api.status();
            title = status == 404 ? "Not found" : "This cannot be answered";
        } else {
            LOG.error("Page {} failed", ctx.path(), e);
            status = 500;
            title = "Something went wrong";
            detail = "The server failed to answer this page; its log has the cause.";
        }
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Html.text(title)).append("</h1><div class=\"error-box\"><p>").append(Html.text(detail)).append("</p>");
        if (!candidates.isEmpty()) {
            body.append("<p>Did you mean: ");
            for (int i = 0; i < candidates.size(); i++) {
                Entity c = candidates.get(i);
                body.append(i > 0 ? ", " : "").append("<a class=\"did-you-mean\" href=\"").append(Html.text(retarget(ctx, c, links)))
                        .append("\">").append(Html.text(c.label())).append("</a> <span class=\"badge ").append(c.kind().json()).append("\">")
                        .append(c.kind().json()).append("</span>");
            }
            body.append("</p>");
        }
        body.append("</div><p><a href=\"/\">Search the minutes</a></p>");
        ctx.status(status).header("Content-Security-Policy", ContentPolicy.HEADER).contentType("text/html; charset=utf-8")
                .result(Layout.page(title, Layout.Nav.NONE, body.toString(), List.of()));
    }

    /** The same page asked about another entity. */
    private static String retarget(Context ctx, Entity candidate, Links links) {
        if (ctx.path().startsWith("/who")) {
            return Links.who(candidate.label());
        }
        if (ctx.path().startsWith("/timeline")) {
            return Links.timeline(candidate.label());
        }
        if (ctx.path().startsWith("/id/")) {
            return links.entity(candidate.iri());
        }
        return Links.search(java.util.Map.of("q", candidate.label()));
    }
}
