package org.minutegraph.server.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.minutegraph.ingest.store.MinutegraphStore;
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
        // Results are written whole once the query has finished, so a timeout never leaves half a table.
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        try (MinutegraphStore s = store.openExisting()) {
            Txn.executeRead(s.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query(query)
                        .timeout(timeoutSeconds, java.util.concurrent.TimeUnit.SECONDS).build()) {
                    print(qe, query, out);
                }
            });
        }
        out.flush();
        String results = buffer.toString(StandardCharsets.UTF_8);
        // The table is for a terminal; the other formats are data for a program and stay as the standards say.
        spec.commandLine().getOut().print(format == Format.text ? TerminalText.escapeLines(results) : results);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private void print(QueryExecution qe, Query query, PrintStream out) {
        if (query.isSelectType()) {
            var rs = qe.execSelect();
            switch (format) {
                case json -> ResultSetFormatter.outputAsJSON(out, rs);
                case csv -> ResultSetFormatter.outputAsCSV(out, rs);
                case tsv -> ResultSetFormatter.outputAsTSV(out, rs);
                case xml -> ResultSetFormatter.outputAsXML(out, rs);
                default -> ResultSetFormatter.out(out, rs, query);
            }
        } else if (query.isAskType()) {
            boolean b = qe.execAsk();
            switch (format) {
                case json -> ResultSetFormatter.outputAsJSON(out, b);
                case csv -> ResultSetFormatter.outputAsCSV(out, b);
                case tsv -> ResultSetFormatter.outputAsTSV(out, b);
                case xml -> ResultSetFormatter.outputAsXML(out, b);
                default -> out.println(b ? "yes" : "no");
            }
        } else if (query.isConstructType() || query.isDescribeType()) {
            var model = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            Lang lang = switch (format) {
                case ntriples -> Lang.NTRIPLES;
                case jsonld, json -> Lang.JSONLD;
                case xml -> Lang.RDFXML;
                default -> Lang.TURTLE;
            };
            RDFDataMgr.write(out, model, lang);
        } else {
            throw new IllegalArgumentException("Only SELECT, ASK, CONSTRUCT and DESCRIBE queries are supported; the store is read-only here");
        }
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
