package org.minutegraph.server.services;

import java.time.Duration;
import java.util.Objects;

import org.minutegraph.ontology.IriScheme;
import org.minutegraph.server.graph.GraphServices;
import org.minutegraph.server.search.SearchConfig;

/**
 * How {@link Minutegraph#open} reads a store: the IRIs it was minted with, the search settings and
 * how long one graph query of who/timeline/pages may run (a server passes its {@code --query-timeout}).
 */
public record MinutegraphConfig(IriScheme iris, SearchConfig search, Duration graphTimeout) {

    public MinutegraphConfig {
        Objects.requireNonNull(iris, "iris");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(graphTimeout, "graphTimeout");
        if (graphTimeout.isNegative() || graphTimeout.isZero()) {
            throw new IllegalArgumentException("The graph query timeout must be positive, was " + graphTimeout);
        }
    }

    /** Default search settings and graph timeout for a store minted under {@code iris}. */
    public static MinutegraphConfig of(IriScheme iris) {
        return new MinutegraphConfig(iris, SearchConfig.defaults(), GraphServices.DEFAULT_TIMEOUT);
    }

    public MinutegraphConfig withGraphTimeout(Duration timeout) {
        return new MinutegraphConfig(iris, search, timeout);
    }
}
