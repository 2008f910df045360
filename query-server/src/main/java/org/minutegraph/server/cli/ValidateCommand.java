package org.minutegraph.server.cli;

import java.util.concurrent.Callable;

import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.minutegraph.ingest.store.StoreReader;
import org.minutegraph.ingest.store.StoreValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code minutegraph validate}: runs the SHACL shapes over the store. Exit 0 when it conforms, 1 when not. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Checks the store against the SHACL shapes.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--max", defaultValue = "50", description = "Print at most this many violations. Default: ${DEFAULT-VALUE}")
    int max;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (StoreReader s = store.openExisting()) {
            ValidationReport report = new StoreValidator().validate(s.graph());
            if (report.conforms()) {
                out.println("The store conforms to the shapes.");
                return 0;
            }
            out.println(report.getEntries().size() + " violation(s):");
            report.getEntries().stream().limit(max).forEach(e -> out.println("  " + TerminalText.escape(describe(e))));
            return 1;
        }
    }

    private static String describe(ReportEntry e) {
        return e.focusNode() + " " + (e.resultPath() == null ? "" : e.resultPath() + " ") + "— " + e.message();
    }
}
