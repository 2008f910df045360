package org.minutegraph.server.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.minutegraph.ingest.pipeline.IngestConfig;
import org.minutegraph.ingest.pipeline.IngestListener;
import org.minutegraph.ingest.pipeline.IngestReport;
import org.minutegraph.ingest.pipeline.Ingestor;
import org.minutegraph.ingest.source.GitSync;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code minutegraph ingest}: minutes folder → store, incrementally. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Turns every minutes file under --minutes (or in the --git repository) into RDF (one named graph per file) and a search index.")
final class IngestCommand implements Callable<Integer> {

    @Mixin
    GitOptions source;

    @Mixin
    StoreOptions store;

    @Mixin
    IngestOptions ingest;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Optional<GitSync> sync = source.checkout(store.layout(), true).map(c -> GitOptions.sync(c, spec.commandLine().getOut()));
        IngestConfig config = ingest.config(source.folder(sync), store);
        if (sync.filter(GitSync::rewritten).isPresent()) {
            config = config.withForce(true);
        }
        IngestReport report = run(config, spec.commandLine().getErr());
        ReportPrinter.print(report, spec.commandLine().getOut(), ingest.maxWarnings);
        return 0;
    }

    static IngestReport run(IngestConfig config, PrintWriter err) {
        if (!java.nio.file.Files.isDirectory(config.source().root())) {
            throw new IllegalArgumentException("The minutes folder " + config.source().root() + " does not exist or is not a folder");
        }
        try (ProgressListener bar = new ProgressListener()) {
            IngestListener listener = Terminal.interactive() ? bar : IngestListener.SILENT;
            return new Ingestor(config, listener).run();
        }
    }
}
