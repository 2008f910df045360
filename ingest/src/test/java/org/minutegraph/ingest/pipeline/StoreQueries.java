package org.minutegraph.ingest.pipeline;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.minutegraph.ingest.store.MinutegraphStore;

/** SPARQL against a test store, with the usual prefixes, returning the first variable's values as strings. */
public final class StoreQueries {

    public static final String PREFIXES = """
            PREFIX mg: <https://w3id.org/minutegraph#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX tool: <https://w3id.org/minutegraph/id/tool/>
            """;

    private StoreQueries() {
    }

    public static List<String> values(MinutegraphStore store, String select) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(PREFIXES + select).build()) {
                var rs = qe.execSelect();
                String var = rs.getResultVars().get(0);
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    var node = s.get(var);
                    out.add(node == null ? null : node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString());
                }
            }
            return out;
        });
    }

    public static long count(MinutegraphStore store, String where) {
        return Long.parseLong(values(store, "SELECT (COUNT(*) AS ?n) WHERE { " + where + " }").get(0));
    }
}
