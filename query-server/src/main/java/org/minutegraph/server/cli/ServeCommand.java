package org.minutegraph.server.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

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
                .withSparql(SparqlConfig.defaults().withTimeout(timeout).withMaxTimeout(timeout))
                .withSourceBaseUrl(sourceUrl.orElse(null));
        OrderlyShutdown shutdown = OrderlyShutdown.install();
        MinutegraphApp app = MinutegraphApp.start(config);
        MinutesWatcher watcher = watch ? MinutesWatcher.start(ingestConfig, app::model, app::refresh, spec.commandLine().getErr()) : null;
        // No new re-ingest, then no new request; the model closes once the inferences under way have
        // finished (a re-ingest under way fails and rolls back); then the store closes.
        Optional<MinutesWatcher> watching = Optional.ofNullable(watcher);
        shutdown.then(List.of(
                new OrderlyShutdown.Step("stopping the watcher", () -> watching.ifPresent(MinutesWatcher::stopWatching)),
                new OrderlyShutdown.Step("stopping the server and the model", app::stop),
                new OrderlyShutdown.Step("waiting for a re-ingest", () -> watching.ifPresent(MinutesWatcher::close)),
                new OrderlyShutdown.Step("closing the store", app::close)));
        out.printf("Minutegraph is serving %s at %s%s%n", store.layout().dir(), app.uri(),
                watch ? " (watching " + minutes + " for changes)" : "");
        out.println("Press Ctrl-C to stop.");
        out.flush();
        shutdown.awaitFinished();
        out.println("Minutegraph stopped.");
        out.flush();
        return 0;
    }
}
