package org.minutegraph.server.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.minutegraph.ingest.pipeline.CorpusSettings;
import org.minutegraph.ingest.pipeline.IngestConfig;
import org.minutegraph.ingest.pipeline.IngestReport;
import org.minutegraph.server.sparql.SparqlConfig;
import org.minutegraph.server.web.AppConfig;
import org.minutegraph.server.web.MinutegraphApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code minutegraph serve}: the web server over a store, optionally ingesting (and watching) a minutes folder first. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the store: search, who, timeline and meeting pages, the JSON API and a read-only SPARQL endpoint.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--minutes", paramLabel = "DIR", description = "Ingest this minutes folder (incrementally) before serving.")
    Path minutes;

    @Option(names = "--watch", description = "With --minutes: re-ingest when files there change.")
    boolean watch;

    @Mixin
    IngestOptions ingest;

    @Option(names = "--host", defaultValue = AppConfig.DEFAULT_HOST,
            description = "Address to bind. Default: ${DEFAULT-VALUE} (this machine only); 0.0.0.0 exposes it to the network.")
    String host;

    @Option(names = "--port", defaultValue = "7070", description = "Port. Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--query-timeout", defaultValue = "10", paramLabel = "SECONDS",
            description = "Longest a SPARQL query may run; requests may ask for less, never more. Default: ${DEFAULT-VALUE}")
    int queryTimeout;

    @Option(names = "--max-query-bindings", defaultValue = "" + SparqlConfig.DEFAULT_MAX_BINDINGS, paramLabel = "N",
            description = "Most intermediate results one SPARQL query may produce (bounds what ORDER BY, GROUP BY and DISTINCT hold);"
                    + " a query past it gets 400 query_too_expensive. Default: ${DEFAULT-VALUE}")
    long maxQueryBindings;

    @Option(names = "--max-concurrent-queries", defaultValue = "" + SparqlConfig.DEFAULT_MAX_CONCURRENT_QUERIES, paramLabel = "N",
            description = "Most SPARQL queries running at once; more wait up to 1 s, then get 503 with Retry-After. Default: ${DEFAULT-VALUE}")
    int maxConcurrentQueries;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        Optional<String> sourceUrl = ingest.sourceUrls.stream().findFirst();
        IngestConfig ingestConfig = null;
        if (minutes != null) {
            ingestConfig = ingest.config(minutes, store);
            IngestReport report = IngestCommand.run(ingestConfig, spec.commandLine().getErr());
            IngestCommand.print(report, out, 10);
            if (sourceUrl.isEmpty()) {
                sourceUrl = CorpusSettings.load(minutes).sourceUrls().stream().findFirst();
            }
        } else if (watch) {
            throw new IllegalArgumentException("--watch needs --minutes DIR: there is nothing to watch");
        }
        Duration timeout = Duration.ofSeconds(queryTimeout);
        AppConfig config = AppConfig.of(store.store).withIris(store.iris()).withHost(host).withPort(port)
                .withSparql(SparqlConfig.defaults().withTimeout(timeout).withMaxTimeout(timeout)
                        .withMaxBindings(maxQueryBindings).withMaxConcurrentQueries(maxConcurrentQueries))
                .withSourceBaseUrl(sourceUrl.orElse(null));
        CountDownLatch stopped = new CountDownLatch(1);
        MinutegraphApp app = MinutegraphApp.start(config);
        MinutesWatcher watcher = watch ? MinutesWatcher.start(ingestConfig, app::refresh, spec.commandLine().getErr()) : null;
        // Ctrl-C runs the hook: stop watching, stop serving, close the store cleanly.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (watcher != null) {
                watcher.close();
            }
            app.close();
            stopped.countDown();
        }, "minutegraph-shutdown"));
        out.printf("Minutegraph is serving %s at %s%s%n", store.layout().dir(), app.uri(),
                watch ? " (watching " + minutes + " for changes)" : "");
        out.println("Press Ctrl-C to stop.");
        out.flush();
        stopped.await();
        return 0;
    }
}
