package org.minutegraph.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.minutegraph.ingest.pipeline.IngestConfig;
import org.minutegraph.ingest.pipeline.IngestListener;
import org.minutegraph.ingest.pipeline.IngestReport;
import org.minutegraph.ingest.pipeline.Ingestor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code minutegraph ingest}: minutes folder → store, incrementally. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Turns every minutes file under --minutes into RDF (one named graph per file) and a search index.")
final class IngestCommand implements Callable<Integer> {

    @Option(names = "--minutes", required = true, paramLabel = "DIR", description = "The minutes folder (or git work tree).")
    Path minutes;

    @Mixin
    StoreOptions store;

    @Mixin
    IngestOptions ingest;

    @Option(names = "--max-warnings", defaultValue = "40", description = "Print at most this many warnings. Default: ${DEFAULT-VALUE}")
    int maxWarnings;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        IngestReport report = run(ingest.config(minutes, store), spec.commandLine().getErr());
        print(report, spec.commandLine().getOut(), maxWarnings);
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

    static void print(IngestReport r, PrintWriter out, int maxWarnings) {
        r.rebuiltBecause().ifPresent(why -> out.println("The store was rebuilt from every file: " + why + "."));
        r.warnings().stream().limit(maxWarnings).forEach(w -> out.println("warning: " + w));
        if (r.warnings().size() > maxWarnings) {
            out.println("... and " + (r.warnings().size() - maxWarnings) + " more warnings");
        }
        out.printf("%d files, %d meetings (%d written, %d removed%s), %,d triples, %d people, %d tools, %d topics, "
                        + "%d action items, %d decisions, %d warnings, %.1f s%n",
                r.files(), r.meetings(), r.written(), r.removed(), r.unchanged() ? ", store unchanged" : "", r.triples(),
                r.people(), r.tools(), r.topics(), r.actionItems(), r.decisions(), r.warnings().size(), r.seconds());
        StringBuilder stages = new StringBuilder("stages:");
        r.stageMillis().forEach((stage, ms) -> stages.append(' ').append(stage).append(' ').append(ms).append(" ms,"));
        out.println(stages.substring(0, stages.length() - 1));
        out.flush();
    }
}
