package org.minutegraph.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutegraph.ingest.pipeline.StoreQueries.count;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutegraph.ingest.index.PassageIndex;
import org.minutegraph.ingest.index.PassageSchema;
import org.minutegraph.ingest.model.IngestWarning;
import org.minutegraph.ingest.parse.FileLimits;
import org.minutegraph.ingest.store.MinutegraphStore;
import org.minutegraph.ingest.store.StoreLayout;
import org.minutegraph.ingest.store.StoreReader;
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
        try (StoreReader opened = StoreReader.open(new StoreLayout(storeDir), IriScheme.defaults())) {
            MinutegraphStore store = opened.graph();
            assertThat(count(store, "?m a mg:Meeting")).isEqualTo(5);
            assertThat(count(store, "?m mg:sourcePath \"team/20240101.md\" ; mg:participant/mg:handle \"alice\"")).isEqualTo(1);
            assertThat(count(store, "?s mg:inMeeting/mg:sourcePath \"team/20240212.md\" ; mg:heading \"Four\"")).isEqualTo(1);
        }
    }

    private IngestReport ingest() {
        return new Ingestor(IngestConfig.of(minutes, tmp.resolve("store")), IngestListener.SILENT).run();
    }

    private long graphCount(String where) {
        try (StoreReader opened = StoreReader.open(new StoreLayout(tmp.resolve("store")), IriScheme.defaults())) {
            MinutegraphStore store = opened.graph();
            return count(store, where);
        }
    }

    private long passages(String sourcePath) {
        try (PassageIndex index = PassageIndex.open(new StoreLayout(tmp.resolve("store")).index())) {
            return index.withSearcher(s -> s.count(new TermQuery(new Term(PassageSchema.SOURCE_PATH, sourcePath))));
        }
    }

    @Nested
    @DisplayName("a file that was ingested and turns bad leaves graph and index in the next run, which says so")
    class TurnsBad {

        static final String ALICE = "?m mg:sourcePath \"team/20240101.md\" ; mg:participant/mg:handle \"alice\"";

        @BeforeEach
        void ingestedOnce() {
            ingest();
            assertThat(graphCount(ALICE)).isEqualTo(1);
            assertThat(passages("team/20240101.md")).isPositive();
        }

        private void assertRemovedAndReported(String why) {
            IngestReport second = ingest();
            assertThat(second.unchanged()).isFalse();
            assertThat(second.removed()).isEqualTo(1);
            assertThat(graphCount("?m mg:sourcePath \"team/20240101.md\"")).isZero();
            assertThat(passages("team/20240101.md")).isZero();
            assertThat(graphCount("?m a mg:Meeting")).isEqualTo(4);
            assertThat(second.warnings()).filteredOn(w -> w.sourcePath().equals("team/20240101.md"))
                    .anySatisfy(w -> assertThat(w.reason()).contains(why))
                    .anySatisfy(w -> assertThat(w.reason()).startsWith("removed from the graph and the search index"));
        }

        @Test
        void binary() throws IOException {
            Files.write(minutes.resolve("team/20240101.md"), new byte[] {0, 1, 2, 3, 0, 0});
            assertRemovedAndReported("binary");
        }

        @Test
        void empty() throws IOException {
            Files.write(minutes.resolve("team/20240101.md"), new byte[0]);
            assertRemovedAndReported("empty");
        }

        @Test
        @DisplayName("mode 000: skipped even for a user (root) the system would let read it")
        void noReadPermission() throws IOException {
            Path file = minutes.resolve("team/20240101.md");
            Assumptions.assumeTrue(file.getFileSystem().supportedFileAttributeViews().contains("posix"), "needs POSIX permissions");
            Files.setPosixFilePermissions(file, Set.of());
            try {
                assertRemovedAndReported("permission");
            } finally {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            }
        }

        @Test
        @DisplayName("replaced by a symbolic link out of the minutes folder")
        void linkOutside() throws IOException {
            Path outside = Files.writeString(tmp.resolve("secret.md"), "# Secret\n\n## Participants\n\n* @mallory\n");
            Path file = minutes.resolve("team/20240101.md");
            Files.delete(file);
            Files.createSymbolicLink(file, outside);
            assertRemovedAndReported("outside the minutes folder");
            assertThat(graphCount("?m mg:participant/mg:handle \"mallory\"")).isZero();
        }

        @Test
        @DisplayName("a deleted file is removed without a warning: it is gone, not bad")
        void deletedIsNotReported() throws IOException {
            Files.delete(minutes.resolve("team/20240101.md"));
            IngestReport second = ingest();
            assertThat(second.removed()).isEqualTo(1);
            assertThat(second.warnings()).noneMatch(w -> w.sourcePath().equals("team/20240101.md"));
        }
    }

    @Test
    @DisplayName("a link inside the minutes folder is followed; one leading out is skipped with path and reason")
    void symbolicLinks() throws IOException {
        Path outside = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(outside.resolve("20240301.md"), "# Elsewhere\n\n## Participants\n\n* @mallory\n");
        Files.createSymbolicLink(minutes.resolve("team/passwd.md"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(minutes.resolve("elsewhere"), outside);
        Files.createSymbolicLink(minutes.resolve("team/20240401.md"), minutes.resolve("team/20240101.md"));

        IngestReport report = ingest();

        assertThat(report.warnings()).filteredOn(w -> w.sourcePath().equals("team/passwd.md"))
                .singleElement().satisfies(w -> assertThat(w.reason()).contains("/etc/passwd").contains("outside the minutes folder"));
        assertThat(report.warnings()).filteredOn(w -> w.sourcePath().equals("elsewhere"))
                .singleElement().satisfies(w -> assertThat(w.reason()).contains("outside the minutes folder"));
        assertThat(graphCount("?m mg:sourcePath \"team/passwd.md\"")).isZero();
        assertThat(graphCount("?m mg:participant/mg:handle \"mallory\"")).isZero();
        assertThat(graphCount("?m mg:sourcePath \"team/20240401.md\" ; mg:participant/mg:handle \"alice\"")).isEqualTo(1);
    }

    @Test
    @DisplayName("a file of 50,000 headings lands cut at the limit: a bounded graph, and a warning with the line of the cut")
    void hugeFileIsCut() throws IOException {
        StringBuilder text = new StringBuilder("# Headings\n\n## Participants\n\n* @carol\n\n");
        for (int i = 0; i < 50_000; i++) {
            text.append("## h").append(i).append('\n');
        }
        Files.writeString(minutes.resolve("team/20240301.md"), text);

        IngestReport report = ingest();

        // Headings start at line 7 after the title (section 1) and Participants (section 2), one a line.
        int cutLine = 7 + FileLimits.DEFAULT_MAX_SECTIONS - 2;
        assertThat(report.warnings()).filteredOn(w -> w.sourcePath().equals("team/20240301.md"))
                .singleElement().satisfies(w -> {
                    assertThat(w.line()).isEqualTo(cutLine);
                    assertThat(w.reason()).startsWith("cut here");
                });
        assertThat(graphCount("?m mg:sourcePath \"team/20240301.md\" ; mg:participant/mg:handle \"carol\"")).isEqualTo(1);
        assertThat(graphCount("?s a mg:Section ; mg:inMeeting/mg:sourcePath \"team/20240301.md\"")).isEqualTo(FileLimits.DEFAULT_MAX_SECTIONS);
        assertThat(graphCount("GRAPH <" + IriScheme.defaults().graph("team/20240301.md") + "> { ?s ?p ?o }")).isLessThan(20_000);
        assertThat(graphCount("?s mg:inMeeting/mg:sourcePath \"team/20240301.md\" ; mg:startLine " + cutLine)).isZero();
    }
}
