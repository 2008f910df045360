package org.minutegraph.server.sparql;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A SPARQL protocol query request as read from HTTP, before the query is parsed.
 *
 * @param query          the query text; empty when the request carried no {@code query} at all
 * @param defaultGraphs  {@code default-graph-uri} values: the default graph is their merge
 * @param namedGraphs    {@code named-graph-uri} values: the only named graphs the query sees
 * @param timeout        the raw {@code timeout} parameter, if any
 * @param format         the raw {@code format} (or {@code output}) parameter, if any
 * @param bare           true for a GET without any parameter (answered with the service description)
 */
public record SparqlRequest(Optional<String> query, List<String> defaultGraphs, List<String> namedGraphs,
                            Optional<String> timeout, Optional<String> format, boolean bare) {

    public SparqlRequest {
        Objects.requireNonNull(query, "query");
        defaultGraphs = List.copyOf(defaultGraphs);
        namedGraphs = List.copyOf(namedGraphs);
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(format, "format");
    }

    /** Whether the protocol named the dataset (which then replaces FROM / FROM NAMED). */
    public boolean hasProtocolDataset() {
        return !defaultGraphs.isEmpty() || !namedGraphs.isEmpty();
    }
}
