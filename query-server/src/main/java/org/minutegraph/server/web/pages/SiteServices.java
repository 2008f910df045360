package org.minutegraph.server.web.pages;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.minutegraph.ontology.IriScheme;
import org.minutegraph.server.graph.GraphServices;
import org.minutegraph.server.search.PassageTexts;
import org.minutegraph.server.search.SearchServices;

/**
 * The read services pages and the JSON API answer from, opened once by the app.
 *
 * @param search asked on every request (the app gives the same services throughout: they turn hybrid once the model has loaded)
 * @param sourceBaseUrl where the minutes are published (ends with '/'), for "view source" links
 */
public record SiteServices(GraphServices graph, Supplier<SearchServices> search, PassageTexts passages, IriScheme iris,
        Optional<String> sourceBaseUrl) {

    public SiteServices {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(passages, "passages");
        Objects.requireNonNull(iris, "iris");
        Objects.requireNonNull(sourceBaseUrl, "sourceBaseUrl");
    }

    /** The link to a line of a file where it is published, if a base URL is configured. */
    public Optional<String> sourceUrl(String sourcePath, int line) {
        return sourceBaseUrl.map(base -> base + Links.encodePath(sourcePath) + (line > 0 ? "#L" + line : ""));
    }
}
