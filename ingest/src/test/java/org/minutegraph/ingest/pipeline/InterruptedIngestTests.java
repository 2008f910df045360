package org.minutegraph.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutegraph.ingest.index.PassageIndex;
import org.minutegraph.ingest.store.InconsistentStoreException;
import org.minutegraph.ingest.store.MinutegraphStore;
import org.minutegraph.ingest.store.StoreDigest;
import org.minutegraph.ingest.store.StoreException;
import org.minutegraph.ingest.store.StoreLayout;
import org.minutegraph.ingest.store.StoreReader;
import org.minutegraph.ingest.store.StoreWriter;
import org.minutegraph.ingest.store.Trees;
import org.minutegraph.ontology.IriScheme;

/**
 * What an interrupted or damaged store looks like to readers and to the next ingest. (Real kills of
 * a running ingest are in the query-server's crash test; here the states they can leave are made by hand.)
 */
@DisplayName("a store after an interruption")
class InterruptedIngestTests {

    @TempDir
    Path tmp;

    Path storeDir;

    @BeforeEach
    void paths() {
        storeDir = tmp.resolve("store");
    }

    private IngestReport ingest() {
        return new Ingestor(IngestConfig.of(Corpora.sample(), storeDir).withEmbeddings(false), IngestListener.SILENT).run();
    }

    private StoreDigest digest() {
        try (StoreReader opened = StoreReader.open(new StoreLayout(storeDir), IriScheme.defaults())) {
            return StoreDigest.of(opened);
        }
    }

    private StoreDigest cleanDigest() {
        Path saved = storeDir;
        storeDir = tmp.resolve("clean");
        try {
            ingest();
            return digest();
        } finally {
            storeDir = saved;
        }
    }

    @Nested
    @DisplayName("a first ingest killed before it finished")
    class FirstIngest {

        @Test
        @DisplayName("leaves no store: readers say so, and the next ingest builds it and removes what the kill left")
        void leavesNoStore() throws IOException {
            // What a kill during the bulk load leaves: a half-written data directory that CURRENT never named.
            Path half = storeDir.resolve("data-1/tdb2");
            Files.createDirectories(half);
            Files.writeString(half.resolve("OSPG.dat"), "half a B+tree");
            assertThatThrownBy(() -> StoreReader.open(new StoreLayout(storeDir), IriScheme.defaults()))
                    .isInstanceOf(StoreException.class).hasMessageContaining("No store").hasMessageContaining("ingest");

            IngestReport report = ingest();

            assertThat(report.rebuiltBecause()).isEmpty();
            assertThat(digest()).isEqualTo(cleanDigest());
            assertThat(storeDir.resolve("data-1")).doesNotExist();
            try (Stream<Path> children = Files.list(storeDir)) {
                assertThat(children.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("data-")))
                        .containsExactly(new StoreLayout(storeDir).dataName());
            }
        }
    }

    @Nested
    @DisplayName("an update killed between the index's commit and the graph's")
    class BetweenCommits {

        @Test
        @DisplayName("reads as the store before it, and the next ingest, with nothing to write, puts the index back")
        void previousStoreThenRepaired() throws IOException {
            ingest();
            StoreDigest before = digest();
            StoreLayout layout = new StoreLayout(storeDir);
            // What the kill leaves: the index committed generation 2 (here: without a passage), the graph is still at 1.
            try (var dir = FSDirectory.open(layout.index());
                 IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND)
                         .setIndexDeletionPolicy(org.apache.lucene.index.NoDeletionPolicy.INSTANCE))) {
                Map<String, String> data = new java.util.HashMap<>();
                w.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
                data.put(StoreWriter.GENERATION, "2");
                w.deleteDocuments(new org.apache.lucene.search.MatchAllDocsQuery());
                w.setLiveCommitData(data.entrySet());
                w.commit();
            }
            assertThat(digest()).isEqualTo(before);

            IngestReport report = ingest();

            assertThat(report.rebuiltBecause()).isEmpty();
            assertThat(report.unchanged()).isTrue();
            assertThat(PassageIndex.commits(layout.index()).getLast()).containsEntry(StoreWriter.GENERATION, "1");
            assertThat(digest()).isEqualTo(cleanDigest());
        }
    }

    @Nested
    @DisplayName("an index that lost its last commit (one generation behind the graph)")
    class IndexBehind {

        @Test
        @DisplayName("is refused by readers with how to repair it, and repaired by the next ingest")
        void refusedThenRepaired() throws IOException {
            ingest();
            StoreLayout layout = new StoreLayout(storeDir);
            // The graph is at generation 1; make the index say 0, as a lost Lucene commit would.
            try (var dir = FSDirectory.open(layout.index());
                 IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
                Map<String, String> data = new java.util.HashMap<>();
                w.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
                data.put(StoreWriter.GENERATION, "0");
                w.setLiveCommitData(data.entrySet());
                w.commit();
            }
            assertThatThrownBy(() -> StoreReader.open(layout, IriScheme.defaults()))
                    .isInstanceOf(InconsistentStoreException.class)
                    .hasMessageContaining("generation 1").hasMessageContaining("at generation 0").hasMessageContaining("minutegraph ingest");

            IngestReport report = ingest();

            assertThat(report.rebuiltBecause()).hasValueSatisfying(why -> assertThat(why).contains("interrupted"));
            assertThat(digest()).isEqualTo(cleanDigest());
        }
    }

    @Nested
    @DisplayName("a damaged store")
    class Damaged {

        @Test
        @DisplayName("is rebuilt by the next ingest, which says so instead of reporting a plain success")
        void rebuilt() throws IOException {
            ingest();
            StoreLayout layout = new StoreLayout(storeDir);
            try (Stream<Path> files = Files.list(layout.tdb2())) {
                Path data = files.filter(p -> Files.isDirectory(p)).findFirst().orElseThrow();
                try (Stream<Path> inner = Files.list(data)) {
                    for (Path f : inner.filter(p -> p.getFileName().toString().endsWith(".dat")).toList()) {
                        byte[] garbage = new byte[(int) Files.size(f)];
                        java.util.Arrays.fill(garbage, (byte) 0x5a); // every B+tree and node file overwritten
                        Files.write(f, garbage);
                    }
                }
            }

            IngestReport report = ingest();

            assertThat(report.rebuiltBecause()).isPresent();
            assertThat(report.written()).isEqualTo(report.meetings());
            assertThat(digest()).isEqualTo(cleanDigest());
        }
    }

    @Nested
    @DisplayName("a store of the older layout (tdb2/ and index/ at the top)")
    class OlderLayout {

        @Test
        @DisplayName("is refused by readers with how to rebuild it, and rebuilt by the next ingest")
        void rebuilt() throws IOException {
            Files.createDirectories(storeDir.resolve("tdb2"));
            Files.createDirectories(storeDir.resolve("index"));
            assertThatThrownBy(() -> StoreReader.open(new StoreLayout(storeDir), IriScheme.defaults()))
                    .isInstanceOf(StoreException.class).hasMessageContaining("older Minutegraph");

            IngestReport report = ingest();

            assertThat(report.rebuiltBecause()).hasValueSatisfying(why -> assertThat(why).contains("older"));
            assertThat(storeDir.resolve("tdb2")).doesNotExist();
            assertThat(digest()).isEqualTo(cleanDigest());
        }
    }

    @Test
    @DisplayName("--force rebuilds beside the store: the same content, in a new data directory")
    void force() {
        ingest();
        String before = new StoreLayout(storeDir).dataName();
        IngestReport report = new Ingestor(IngestConfig.of(Corpora.sample(), storeDir).withEmbeddings(false).withForce(true), IngestListener.SILENT).run();
        assertThat(report.rebuiltBecause()).contains("--force");
        assertThat(new StoreLayout(storeDir).dataName()).isNotEqualTo(before);
        assertThat(storeDir.resolve(before)).doesNotExist();
        assertThat(digest()).isEqualTo(cleanDigest());
        Trees.delete(storeDir);
    }
}
