package org.minutegraph.server.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.minutegraph.ingest.store.MinutegraphStore;
import org.minutegraph.ontology.IriScheme;
import org.minutegraph.ontology.MG;

/**
 * Runs the services' SPARQL against the store: inside a read transaction, with a timeout, and with
 * user values bound by substitution into the parsed query (never pasted into its text).
 */
final class GraphQueries {

    static final String PREFIXES = """
            PREFIX mg: <%s>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """.formatted(MG.NS);

    /** Binds {@code ?x_label} to the best human label of {@code ?x}; use with {@link #label(String)}. */
    private static final String LABEL = """
            OPTIONAL { ?%1$s skos:prefLabel ?%1$s_l1 }
            OPTIONAL { ?%1$s rdfs:label ?%1$s_l2 }
            OPTIONAL { ?%1$s dcterms:title ?%1$s_l3 }
            OPTIONAL { ?%1$s foaf:name ?%1$s_l4 }
            OPTIONAL { ?%1$s mg:handle ?%1$s_l5 }
            OPTIONAL { ?%1$s mg:heading ?%1$s_l6 }
            OPTIONAL { ?%1$s mg:text ?%1$s_l7 }
            BIND(COALESCE(?%1$s_l1, ?%1$s_l2, ?%1$s_l3, ?%1$s_l4, ?%1$s_l5, ?%1$s_l6, ?%1$s_l7) AS ?%1$s_label)
            """;

    private final MinutegraphStore store;
    private final Duration timeout;

    GraphQueries(MinutegraphStore store, Duration timeout) {
        this.store = Objects.requireNonNull(store, "store");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
    }

    /** Parses a query written without prefixes; a syntax error here is a bug in this package. */
    static Query parse(String body) {
        return QueryFactory.create(PREFIXES + body);
    }

    /** The pattern that binds {@code ?var_label}, for a variable {@code ?var}. */
    static String label(String var) {
        return LABEL.formatted(var);
    }

    IriScheme iris() {
        return store.iris();
    }

    MinutegraphStore store() {
        return store;
    }

    /** Runs several queries in one read transaction, so they see one state of the store. */
    <T> T read(Supplier<T> work) {
        Dataset ds = store.dataset();
        return ds.isInTransaction() ? work.get() : Txn.calculateRead(ds, work::get);
    }

    /** One row per solution, mapped while the transaction is open. */
    <T> List<T> select(Query query, Map<String, ? extends RDFNode> bindings, Function<QuerySolution, T> row) {
        return read(() -> {
            try (QueryExecution qe = builder(query, bindings).build()) {
                ResultSet rs = qe.execSelect();
                List<T> out = new ArrayList<>();
                while (rs.hasNext()) {
                    out.add(row.apply(rs.next()));
                }
                return out;
            } catch (QueryCancelledException e) {
                throw timedOut(e);
            } catch (org.apache.jena.query.QueryExecException e) {
                if (isEmptyInputBug(e)) {
                    return List.of();
                }
                throw e;
            }
        });
    }

    /**
     * TDB2 6.0.0 throws "Peek iterator is already empty" from its BGP reordering when a pattern
     * followed by OPTIONALs matches nothing; every case seen so far has no solutions, so no rows is the answer.
     */
    private static boolean isEmptyInputBug(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.apache.jena.sparql.ARQInternalErrorException && String.valueOf(t.getMessage()).contains("Peek iterator is already empty")) {
                return true;
            }
        }
        return false;
    }

    /** The triples of a CONSTRUCT query, copied out of the store. */
    Model construct(Query query, Map<String, ? extends RDFNode> bindings) {
        return read(() -> {
            try (QueryExecution qe = builder(query, bindings).build()) {
                return qe.execConstruct();
            } catch (QueryCancelledException e) {
                throw timedOut(e);
            }
        });
    }

    private QueryExecutionDatasetBuilder builder(Query query, Map<String, ? extends RDFNode> bindings) {
        QueryExecutionDatasetBuilder b = QueryExecution.dataset(store.dataset()).query(query)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        bindings.forEach(b::substitution);
        return b;
    }

    private GraphTimeoutException timedOut(QueryCancelledException e) {
        return new GraphTimeoutException("The graph query took longer than " + timeout.toMillis()
                + " ms and was stopped; narrow the request (a shorter date range, a more specific entity)", e);
    }

    // Small readers for optional columns of a solution.

    static String str(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        if (n == null) {
            return null;
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : n.toString();
    }

    static int integer(QuerySolution s, String var, int fallback) {
        RDFNode n = s.get(var);
        return n != null && n.isLiteral() ? n.asLiteral().getInt() : fallback;
    }

    static long count(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        return n != null && n.isLiteral() ? n.asLiteral().getLong() : 0L;
    }
}
