package org.minutegraph.server.graph;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.minutegraph.ingest.store.MinutegraphStore;

/** Counts what the store holds, in one SPARQL query plus the triple count. */
public final class GraphStatsService {

    private static final Query COUNTS = GraphQueries.parse("""
            SELECT * WHERE {
              { SELECT (COUNT(?x) AS ?meetings) WHERE { ?x a mg:Meeting } }
              { SELECT (COUNT(?x) AS ?series) WHERE { ?x a mg:Series } }
              { SELECT (COUNT(?x) AS ?people) WHERE { ?x a foaf:Person } }
              { SELECT (COUNT(DISTINCT ?x) AS ?tools) WHERE { ?s mg:mentions ?x . ?x a mg:Tool } }
              { SELECT (COUNT(?x) AS ?topics) WHERE { ?x a mg:Topic } }
              { SELECT (COUNT(?x) AS ?sections) WHERE { ?x a mg:Section } }
              { SELECT (COUNT(?x) AS ?actions) WHERE { ?x a mg:ActionItem } }
              { SELECT (COUNT(?x) AS ?open) WHERE { ?x a mg:ActionItem ; mg:status "open" } }
              { SELECT (COUNT(?x) AS ?done) WHERE { ?x a mg:ActionItem ; mg:status "done" } }
              { SELECT (COUNT(?x) AS ?decisions) WHERE { ?x a mg:Decision } }
            }""");

    private final GraphQueries queries;

    public GraphStatsService(MinutegraphStore store) {
        this(store, GraphServices.DEFAULT_TIMEOUT);
    }

    public GraphStatsService(MinutegraphStore store, Duration timeout) {
        this(new GraphQueries(store, timeout));
    }

    GraphStatsService(GraphQueries queries) {
        this.queries = Objects.requireNonNull(queries, "queries");
    }

    /** The figures, all read from one state of the store. */
    public GraphStats stats() {
        return queries.read(() -> {
            QuerySolution c = queries.select(COUNTS, Map.of(), r -> r).get(0);
            return new GraphStats(n(c, "meetings"), n(c, "series"), n(c, "people"), n(c, "tools"), n(c, "topics"),
                    n(c, "sections"), n(c, "actions"), n(c, "open"), n(c, "done"), n(c, "decisions"),
                    queries.store().tripleCount(), queries.store().generation());
        });
    }

    private static long n(QuerySolution c, String var) {
        return GraphQueries.count(c, var);
    }
}
