package org.minutegraph.server.cli;

import java.io.PrintWriter;

import org.minutegraph.ingest.pipeline.IngestReport;

/** What an ingest reports, as {@code ingest}, {@code serve --minutes} and {@code serve --watch} print it. */
final class ReportPrinter {

    private ReportPrinter() {
    }

    /** Warnings, the summary line and the stage times. */
    static void print(IngestReport r, PrintWriter out, int maxWarnings) {
        r.rebuiltBecause().ifPresent(why -> out.println("The store was rebuilt from every file: " + TerminalText.escape(why) + "."));
        warnings(r, out, maxWarnings);
        out.printf("%d files, %d meetings (%d written, %d removed%s), %,d triples, %d people, %d tools, %d topics, "
                        + "%d action items, %d decisions, %d warnings, %.1f s%n",
                r.files(), r.meetings(), r.written(), r.removed(), r.unchanged() ? ", store unchanged" : "", r.triples(),
                r.people(), r.tools(), r.topics(), r.actionItems(), r.decisions(), r.warnings().size(), r.seconds());
        StringBuilder stages = new StringBuilder("stages:");
        r.stageMillis().forEach((stage, ms) -> stages.append(' ').append(stage).append(' ').append(ms).append(" ms,"));
        out.println(stages.substring(0, stages.length() - 1));
        out.flush();
    }

    /** Each warning on a line of its own (path, line, reason), escaped for the terminal, at most {@code max}. */
    static void warnings(IngestReport r, PrintWriter out, int max) {
        r.warnings().stream().limit(max).forEach(w -> out.println("warning: " + TerminalText.escape(w.toString())));
        if (r.warnings().size() > max) {
            out.println("... and " + (r.warnings().size() - max) + " more warnings (--max-warnings N shows more)");
        }
    }
}
