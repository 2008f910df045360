package org.minutegraph.server.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.minutegraph.ingest.pipeline.CorpusSettings;
import org.minutegraph.ingest.pipeline.IngestConfig;
import org.minutegraph.ingest.pipeline.IngestReport;
import org.minutegraph.ingest.source.GitCheckout;
import org.minutegraph.ingest.source.GitSync;
import org.minutegraph.server.sparql.SparqlConfig;
import org.minutegraph.server.web.AppConfig;
import org.minutegraph.server.web.HttpAccess;
import org.minutegraph.server.web.LiveApp;
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

    @Mixin
    GitOptions source;

    @Option(names = "--watch", description = "With --minutes: re-ingest when files there change; with --git: also fetch every --poll seconds.")
    boolean watch;

    @Option(names = "--poll", defaultValue = "300", paramLabel = "SECONDS",
            description = "With --git --watch: how often to fetch the branch. Default: ${DEFAULT-VALUE}")
    long pollSeconds;

    @Mixin
    IngestOptions ingest;

    @Option(names = "--host", defaultValue = AppConfig.DEFAULT_HOST,
            description = "Address to bind. Default: ${DEFAULT-VALUE} (this machine only); 0.0.0.0 exposes it to the network.")
    String host;

    @Option(names = "--port", defaultValue = "" + AppConfig.DEFAULT_PORT, description = "Port. Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--cors-origin", paramLabel = "URL",
            description = "Lets pages from this origin (e.g. https://notebook.example.org) read /sparql and /api/* in a browser;"
                    + " repeatable; * for any origin. Default: none, only this server's own pages.")
    List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--allowed-host", paramLabel = "NAME",
            description = "Also answer requests whose Host header is NAME or NAME:PORT (a reverse proxy's name); repeatable; * for any."
                    + " Default: on a loopback address only localhost, 127.0.0.1, [::1] and --host (refuses DNS-rebinding pages);"
                    + " on other addresses any name unless this is given.")
    List<String> allowedHosts = new ArrayList<>();

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
        Optional<GitCheckout> checkout = source.checkout(store.layout(), false);
        Path minutes = null;
        if (source.given()) {
            Optional<GitSync> sync = checkout.map(c -> GitOptions.sync(c, out));
            minutes = source.folder(sync);
            ingestConfig = ingest.config(minutes, store);
            IngestReport report = IngestCommand.run(sync.filter(GitSync::rewritten).isPresent() ? ingestConfig.withForce(true) : ingestConfig,
                    spec.commandLine().getErr());
            ReportPrinter.print(report, out, ingest.maxWarnings);
            if (sourceUrl.isEmpty()) { // a GitHub remote: links to the files at the ingested commit
                sourceUrl = sync.flatMap(s -> checkout.orElseThrow().remote().permalinkBase(s.head()));
            }
            if (sourceUrl.isEmpty()) {
                sourceUrl = CorpusSettings.load(minutes).sourceUrls().stream().findFirst();
            }
        } else if (watch) {
            throw new IllegalArgumentException("--watch needs --minutes DIR or --git URL|PATH: there is nothing to watch");
        }
        Duration timeout = Duration.ofSeconds(queryTimeout);
        AppConfig config = AppConfig.of(store.store).withIris(store.iris()).withHost(host).withPort(port)
                .withSparql(SparqlConfig.defaults().withTimeout(timeout).withMaxTimeout(timeout)
                        .withMaxBindings(maxQueryBindings).withMaxConcurrentQueries(maxConcurrentQueries))
                .withAccess(new HttpAccess(corsOrigins, allowedHosts))
                .withSourceBaseUrl(sourceUrl.orElse(null));
        OrderlyShutdown shutdown = OrderlyShutdown.install();
        LiveApp app = LiveApp.start(config);
        MinutesWatcher watcher = watch
                ? MinutesWatcher.start(ingestConfig, wait -> app.current().model(wait), app::refresh, spec.commandLine().getErr(), ingest.maxWarnings)
                : null;
        Optional<GitPoller> polling = watch ? checkout.map(c -> GitPoller.start(c, Duration.ofSeconds(pollSeconds), spec.commandLine().getErr()))
                : Optional.empty();
        // No new fetch or re-ingest, then no new request; the model closes once the inferences under way have
        // finished (a re-ingest under way fails and rolls back); then the store closes.
        Optional<MinutesWatcher> watching = Optional.ofNullable(watcher);
        shutdown.then(List.of(
                new OrderlyShutdown.Step("stopping the git poll", () -> polling.ifPresent(GitPoller::close)),
                new OrderlyShutdown.Step("stopping the watcher", () -> watching.ifPresent(MinutesWatcher::stopWatching)),
                new OrderlyShutdown.Step("stopping the server and the model", app::stop),
                new OrderlyShutdown.Step("waiting for a re-ingest", () -> watching.ifPresent(MinutesWatcher::close)),
                new OrderlyShutdown.Step("closing the store", app::close)));
        out.printf("Minutegraph is serving %s at %s%s%n", TerminalText.escape(store.layout().dir().toString()), app.current().uri(),
                watch ? " (watching " + TerminalText.escape(source.git != null ? source.git : minutes.toString()) + " for changes)" : "");
        out.println("Press Ctrl-C to stop.");
        out.flush();
        shutdown.awaitFinished();
        out.println("Minutegraph stopped.");
        out.flush();
        return 0;
    }
}
