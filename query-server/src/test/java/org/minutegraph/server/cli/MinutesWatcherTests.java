package org.minutegraph.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutegraph.ingest.pipeline.IngestConfig;
import org.minutegraph.ingest.pipeline.IngestListener;
import org.minutegraph.ingest.pipeline.Ingestor;

class MinutesWatcherTests {

    @TempDir
    Path tmp;

    @Test
    @DisplayName("a re-ingest after a change prints each bad file with path, line and reason, escaped, as ingest does")
    void reportsEachBadFile() throws Exception {
        Path minutes = Files.createDirectories(tmp.resolve("minutes/team"));
        Files.writeString(minutes.resolve("20240101.md"), "# Team\n\n## Participants\n\n* @alice\n");
        IngestConfig config = IngestConfig.of(tmp.resolve("minutes"), tmp.resolve("store"));
        new Ingestor(config, IngestListener.SILENT).run();

        StringWriter log = new StringWriter();
        AtomicInteger refreshed = new AtomicInteger();
        try (MinutesWatcher watcher = MinutesWatcher.start(config, wait -> java.util.Optional.empty(), refreshed::incrementAndGet, new PrintWriter(log, true), 40)) {
            Files.write(minutes.resolve("20240101.md"), new byte[] {0, 1, 2, 3});
            Files.writeString(minutes.resolve("\u001b[31m20240108.md"), "");
            awaitLine(log, "re-ingested after a change");
        }

        String out = log.toString();
        assertThat(out).contains("warning: team/20240101.md:1: ").contains("binary");
        assertThat(out).contains("warning: team/20240101.md: removed from the graph and the search index");
        assertThat(out).contains("warning: team/\\e[31m20240108.md: ").contains("control character");
        assertThat(out).doesNotContain("\u001b");
        assertThat(out).contains("1 removed");
        assertThat(refreshed).hasValue(1);
    }

    /** Waits for the watcher's thread to print a line; the ingest itself is not timed. */
    static void awaitLine(StringWriter log, String text) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!log.toString().contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the watcher printed no '" + text + "' within a minute; it printed: " + log);
            }
            Thread.sleep(100);
        }
    }
}
