package org.minutegraph.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The entry point: {@code minutegraph <command> [options]}. */
@Command(
        name = "minutegraph",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns markdown meeting minutes into a knowledge graph and a search engine.",
        subcommands = {IngestCommand.class, ServeCommand.class, SearchCommand.class, SparqlCommand.class, ValidateCommand.class,
                BenchCommand.class, CommandLine.HelpCommand.class})
public final class MinutegraphCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Kept referenced: java.util.logging holds its loggers weakly. */
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

    /** Kept referenced, as above. */
    private static final java.util.logging.Logger VECTOR_LOG =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider");

    public static void main(String[] args) {
        // Lucene announces its vector API at INFO through java.util.logging; a user needs only its warnings.
        LUCENE_LOG.setLevel(java.util.logging.Level.WARNING);
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            // The launcher leaves the module out of runs without C2, which could not use it anyway.
            VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
        }
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and tests. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new MinutegraphCommand());
        cli.setExecutionExceptionHandler(new UserErrorHandler());
        // "@query.rq" names a query file for `sparql`, not a picocli argument file.
        cli.setExpandAtFiles(false);
        return cli;
    }
}
