package org.minutegraph.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutegraph.ingest.pipeline.StoreQueries.count;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutegraph.ingest.model.IngestWarning;
import org.minutegraph.ingest.store.MinutegraphStore;
import org.minutegraph.ingest.store.StoreLayout;
import org.minutegraph.ontology.IriScheme;

/** Broken files are reported with path, line and reason, and every other file still lands. */
class BadInputIngestTests {

    @TempDir
    Path tmp;

    Path minutes;

    @BeforeEach
    void corpus() throws IOException {
        minutes = tmp.resolve("minutes");
        Path team = Files.createDirectories(minutes.resolve("team"));
        Files.writeString(team.resolve("20240101.md"), "# Team meeting\n\n## Participants\n\n* @alice\n\n## Registry\n\n- Harbor looks fine\n");
        Files.writeString(team.resolve("20240108.md"), "# Team meeting\n\n## Participants\n\n* @bob\n");
        Files.writeString(team.resolve("20240115.md"), "");
        Files.write(team.resolve("20240122.md"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3, 0, 0, 0x7f, 0x10});
        Files.write(team.resolve("20240129.md"), "# Meeting\n\n- ok\n- caf\u00e9 \n".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(team.resolve("notes-without-date.md"), "# Notes\n\n- no date anywhere\n");
        Files.writeString(team.resolve("20240205.md"), "x".repeat(10 * 1024 * 1024));
        Files.writeString(team.resolve("20240212.md"), "# One\n## Two\n### Three\n#### Four\n");
        StringBuilder deep = new StringBuilder("# Deep\n\n");
        for (int i = 0; i < 1000; i++) {
            deep.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        }
        Files.writeString(team.resolve("20240219.md"), deep.toString());
    }

    @Test
    @DisplayName("each broken file is reported and skipped; the good ones, headings-only and deep nesting included, land")
    void badInput() {
        Path storeDir = tmp.resolve("store");
        IngestReport report = new Ingestor(IngestConfig.of(minutes, storeDir), IngestListener.SILENT).run();

        // The undated file lands too, dated by its modification time and reported.
        assertThat(report.meetings()).isEqualTo(5);
        assertThat(report.warnings()).extracting(IngestWarning::sourcePath)
                .contains("team/20240115.md", "team/20240122.md", "team/20240129.md", "team/notes-without-date.md", "team/20240205.md");
        assertThat(report.warnings()).filteredOn(w -> w.sourcePath().equals("team/20240129.md"))
                .anySatisfy(w -> {
                    assertThat(w.line()).isEqualTo(4);
                    assertThat(w.reason()).containsIgnoringCase("UTF-8");
                });
        assertThat(report.warnings()).filteredOn(w -> w.sourcePath().equals("team/notes-without-date.md"))
                .anySatisfy(w -> assertThat(w.reason()).contains("modification time"));
        assertThat(report.warnings()).filteredOn(w -> w.sourcePath().equals("team/20240205.md"))
                .anySatisfy(w -> assertThat(w.reason()).contains("more than the limit"));
        try (MinutegraphStore store = MinutegraphStore.openExisting(new StoreLayout(storeDir), IriScheme.defaults())) {
            assertThat(count(store, "?m a mg:Meeting")).isEqualTo(5);
            assertThat(count(store, "?m mg:sourcePath \"team/20240101.md\" ; mg:participant/mg:handle \"alice\"")).isEqualTo(1);
            assertThat(count(store, "?s mg:inMeeting/mg:sourcePath \"team/20240212.md\" ; mg:heading \"Four\"")).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("a file that breaks later keeps its last good graph")
    void brokenLaterKeepsGraph() throws IOException {
        Path storeDir = tmp.resolve("store");
        new Ingestor(IngestConfig.of(minutes, storeDir), IngestListener.SILENT).run();
        Files.write(minutes.resolve("team/20240101.md"), new byte[] {0, 1, 2, 3, 0, 0});
        IngestReport second = new Ingestor(IngestConfig.of(minutes, storeDir), IngestListener.SILENT).run();
        assertThat(second.removed()).isZero();
        try (MinutegraphStore store = MinutegraphStore.openExisting(new StoreLayout(storeDir), IriScheme.defaults())) {
            assertThat(count(store, "?m mg:sourcePath \"team/20240101.md\" ; mg:participant/mg:handle \"alice\"")).isEqualTo(1);
        }
    }
}
