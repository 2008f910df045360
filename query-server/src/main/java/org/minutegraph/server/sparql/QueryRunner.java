package org.minutegraph.server.sparql;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.minutegraph.server.web.http.BadRequestException;
import org.minutegraph.server.web.http.QueryTimeoutException;

/**
 * Runs one parsed query against the dataset in a read transaction, with a time limit, a budget of
 * intermediate results ({@link BindingBudget}) and a result ceiling, and encodes the whole answer
 * before anything is sent.
 */
public final class QueryRunner {

    private final Supplier<DatasetGraph> datasets;
    private final SparqlConfig config;
    private final Context extra;

    /** @param extra settings added to every query's context (e.g. the {@code mg:search} registry) */
    public QueryRunner(Supplier<DatasetGraph> datasets, SparqlConfig config, Context extra) {
        this.datasets = datasets;
        this.config = config;
        this.extra = extra.copy();
    }

    /**
     * Runs {@code query} on the dataset as {@code /sparql} would for a request naming no dataset
     * (same limits, same {@code mg:search}), answered in {@code format}: the command line's way in.
     */
    public SparqlResponse run(Query query, ResultFormat format, Duration timeout) {
        SparqlRequest plain = new SparqlRequest(Optional.empty(), List.of(), List.of(), Optional.empty(), Optional.empty(), false);
        return run(query, plain, format, format.mediaType(), timeout);
    }

    /** Runs {@code query}; the answer is written as {@code format} and labelled {@code mediaType}. */
    SparqlResponse run(Query query, SparqlRequest request, ResultFormat format, String mediaType, Duration timeout) {
        DatasetGraph base = datasets.get();
        return Txn.calculateRead(base, () -> {
            Query toRun = query;
            DatasetGraph target = base;
            DatasetDescription description = null;
            if (request.hasProtocolDataset()) {
                // The protocol's dataset replaces the query's FROM / FROM NAMED (SPARQL 1.1 Protocol 2.1.4).
                description = DatasetDescription.create(request.defaultGraphs(), request.namedGraphs());
                toRun = query.cloneQuery();
                toRun.getGraphURIs().clear();
                toRun.getNamedGraphURIs().clear();
            } else if (query.hasDatasetDescription()) {
                description = DatasetDescription.create(query);
            }
            if (description != null) {
                target = DynamicDatasets.dynamicDataset(description, base, false);
            } else if (config.unionDefaultGraph() && !TDBInternal.isTDB2(base)) {
                // TDB2 does this through its context symbol; other datasets get an explicit union view.
                List<Node> graphs = Iter.toList(base.listGraphNodes());
                target = DynamicDatasets.dynamicDataset(graphs, graphs, base, false);
            }
            QueryExecBuilder builder = QueryExec.newBuilder().dataset(target).query(toRun);
            extra.keys().forEach(key -> builder.set(key, extra.get(key)));
            try (QueryExec exec = builder
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .set(TDB2.symUnionDefaultGraph, description == null && config.unionDefaultGraph())
                    // SERVICE would let anyone make this server send requests elsewhere.
                    .set(ARQ.httpServiceAllowed, false)
                    .set(ARQConstants.sysOpExecutorFactory, new BindingBudget(config.maxBindings()).executorFor(target))
                    .build()) {
                return execute(exec, toRun, format, mediaType);
            } catch (QueryCancelledException e) {
                throw new QueryTimeoutException("Query exceeded " + seconds(timeout) + " s and was stopped");
            }
        });
    }

    private SparqlResponse execute(QueryExec exec, Query query, ResultFormat format, String mediaType) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String form;
        if (query.isSelectType()) {
            form = "select";
            RowSet rows = exec.select();
            List<Binding> kept = new ArrayList<>();
            while (rows.hasNext()) {
                if (kept.size() >= config.maxResults()) {
                    throw tooLarge("rows");
                }
                kept.add(BindingFactory.copy(rows.next()));
            }
            ResultsWriter.create().lang(format.lang()).write(out, RowSetStream.create(rows.getResultVars(), kept.iterator()));
        } else if (query.isAskType()) {
            form = "ask";
            ResultsWriter.create().lang(format.lang()).write(out, exec.ask());
        } else if (query.isConstructType() || query.isDescribeType()) {
            form = query.isConstructType() ? "construct" : "describe";
            Iterator<Triple> triples = query.isConstructType() ? exec.constructTriples() : exec.describeTriples();
            Graph graph = GraphFactory.createDefaultGraph();
            graph.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
            while (triples.hasNext()) {
                graph.add(triples.next());
                if (graph.size() > config.maxResults()) {
                    throw tooLarge("triples");
                }
            }
            RDFDataMgr.write(out, graph, format.rdfFormat());
        } else {
            throw new BadRequestException("Only SELECT, ASK, CONSTRUCT and DESCRIBE queries are supported");
        }
        return new SparqlResponse(contentType(mediaType), out.toByteArray(), form);
    }

    private BadRequestException tooLarge(String unit) {
        return new BadRequestException("result_too_large", "The answer has more than " + config.maxResults() + " " + unit
                + ", the limit of this endpoint; add a LIMIT or narrow the query");
    }

    static String contentType(String mediaType) {
        return mediaType.startsWith("text/") || mediaType.endsWith("json") || mediaType.endsWith("xml")
                || mediaType.equals("application/n-triples") ? mediaType + "; charset=utf-8" : mediaType;
    }

    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : String.valueOf(millis / 1000.0);
    }
}
