package org.minutegraph.server.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.minutegraph.server.services.Minutegraph;
import org.minutegraph.server.services.MinutegraphConfig;
import org.minutegraph.server.sparql.QueryRunner;
import org.minutegraph.server.sparql.ResultFormat;
import org.minutegraph.server.sparql.SparqlConfig;
import org.minutegraph.server.sparql.SparqlResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code minutegraph sparql}: one SPARQL query against a store, printed to standard output. */
@Command(name = "sparql", mixinStandardHelpOptions = true,
        description = "Answers a SPARQL query against the store (the default graph is the union of all graphs).")
final class SparqlCommand implements Callable<Integer> {

    enum Format { text, json, csv, tsv, xml, turtle, ntriples, jsonld }

    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES}. SELECT/ASK: text, json (W3C SPARQL results), csv, tsv, xml; "
                    + "CONSTRUCT/DESCRIBE: turtle (default for text), ntriples, jsonld. Default: ${DEFAULT-VALUE}")
    Format format;

    @Option(names = "--timeout", defaultValue = "60", paramLabel = "SECONDS", description = "Stop the query after this long. Default: ${DEFAULT-VALUE}")
    long timeoutSeconds;

    @Parameters(paramLabel = "QUERY", description = "The query, or @FILE to read it from a file, or - for standard input.")
    String queryArg;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Query query = QueryFactory.create(readQuery(queryArg));
        ResultFormat output = formatFor(query);
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        SparqlConfig limits = SparqlConfig.defaults().withTimeout(timeout).withMaxResults(Long.MAX_VALUE); // a terminal takes any size
        SparqlResponse response;
        // The server's own path: mg:search, the binding budget (which also answers an empty mg:search with no rows), the timeout.
        try (Minutegraph mg = Minutegraph.open(store.layout(), MinutegraphConfig.of(store.iris()))) {
            response = new QueryRunner(mg::datasetGraph, limits, mg.queryContext()).run(query, output, timeout);
        }
        String results = new String(response.body(), StandardCharsets.UTF_8);
        // The table is for a terminal; the other formats are data for a program and stay as the standards say.
        spec.commandLine().getOut().print(output == ResultFormat.TEXT ? TerminalText.escapeLines(results) : results);
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The server's format for {@code --format}: a table for SELECT/ASK and Turtle for graphs when it is {@code text}. */
    private ResultFormat formatFor(Query query) {
        if (!(query.isSelectType() || query.isAskType() || query.isConstructType() || query.isDescribeType())) {
            throw new IllegalArgumentException("Only SELECT, ASK, CONSTRUCT and DESCRIBE queries are supported; the store is read-only here");
        }
        boolean graph = query.isConstructType() || query.isDescribeType();
        if (format == Format.text) {
            return graph ? ResultFormat.TURTLE : ResultFormat.TEXT;
        }
        ResultFormat.Kind kind = graph ? ResultFormat.Kind.GRAPH : ResultFormat.Kind.RESULTS;
        return ResultFormat.byName(kind, format.name()).orElseThrow(() -> new IllegalArgumentException("--format " + format
                + " is for " + (graph ? "SELECT and ASK" : "CONSTRUCT and DESCRIBE") + " queries; this is a "
                + (graph ? "graph" : "results") + " query: use " + (graph ? "turtle, ntriples, jsonld or xml" : "text, json, csv, tsv or xml")));
    }

    static String readQuery(String arg) throws IOException {
        if (arg.equals("-")) {
            return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (arg.startsWith("@")) {
            return Files.readString(Path.of(arg.substring(1)));
        }
        return arg;
    }
}
