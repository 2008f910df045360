package org.minutegraph.server.web.pages;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.minutegraph.server.web.http.NotFoundException;

/** The stylesheet and scripts of the pages, from the jar; only the files named here are served. */
final class StaticAssets {

    private static final Map<String, String> TYPES = Map.of(
            "minutegraph.css", "text/css; charset=utf-8",
            "suggest.js", "text/javascript; charset=utf-8",
            "timeline.js", "text/javascript; charset=utf-8");

    private StaticAssets() {
    }

    static void serve(Context ctx) {
        String name = ctx.pathParam("name");
        String type = TYPES.get(name);
        if (type == null) {
            throw new NotFoundException("No static file called '" + name + "'");
        }
        try (InputStream in = StaticAssets.class.getResourceAsStream("static/" + name)) {
            if (in == null) {
                throw new NotFoundException("Static file '" + name + "' is missing from the jar");
            }
            ctx.contentType(type).header("Cache-Control", "public, max-age=3600").result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
