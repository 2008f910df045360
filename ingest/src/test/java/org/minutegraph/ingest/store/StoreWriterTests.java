package org.minutegraph.ingest.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutegraph.ingest.index.IndexConfig;
import org.minutegraph.ingest.index.IndexContext;
import org.minutegraph.ingest.index.PassageIndex;
import org.minutegraph.ingest.model.Meeting;
import org.minutegraph.ingest.rdf.CorpusGraph;
import org.minutegraph.ingest.rdf.MeetingGraph;
import org.minutegraph.ingest.rdf.MeetingGraphTestData;
import org.minutegraph.ontology.IriScheme;

/** One writer and one reader for both halves of a store: what a reader finds after each way an update can end. */
class StoreWriterTests {

    static final IriScheme IRIS = IriScheme.defaults();
    static final IndexConfig LEXICAL = IndexConfig.lexicalOnly();

    @TempDir
    Path tmp;

    private static final Meeting FIRST = MeetingGraphTestData.sampleAt("container/20240212.md", LocalDate.of(2024, 2, 12));
    private static final Meeting SECOND = MeetingGraphTestData.sampleAt("container/20240219.md", LocalDate.of(2024, 2, 19));

    private static FileGraph file(Meeting m) {
        return new FileGraph(m, new MeetingGraph(IRIS).build(m, "hash", "fp-" + m.sourcePath(), "# minutes\n"));
    }

    private static Model corpus(long generation) {
        return new CorpusGraph(IRIS).build(Map.of("container", "Team Container"), List.of(), List.of(), generation);
    }

    /** Writes one update adding {@code meeting}, as ingest does: the next generation, on what the store holds. */
    private static void add(Path store, Meeting meeting, Runnable betweenCommits) {
        try (StoreWriter w = StoreWriter.open(store, IRIS, LEXICAL, null, false, betweenCommits)) {
            w.apply(List.of(), List.of(file(meeting)), corpus(w.generation() + 1), null, IndexContext.of(IRIS));
        }
    }

    private static void add(Path store, Meeting meeting) {
        add(store, meeting, () -> { });
    }

    private static StoreDigest digest(Path store) {
        try (StoreReader reader = StoreReader.open(new StoreLayout(store), IRIS)) {
            return StoreDigest.of(reader);
        }
    }

    private static long generation(Path store) {
        try (StoreReader reader = StoreReader.open(new StoreLayout(store), IRIS)) {
            return reader.graph().generation();
        }
    }

    @Test
    @DisplayName("graph and index of each update are read together, at the graph's generation")
    void readsBothHalves() {
        Path store = tmp.resolve("store");
        add(store, FIRST);
        add(store, SECOND);
        try (StoreReader reader = StoreReader.open(new StoreLayout(store), IRIS)) {
            assertThat(reader.graph().generation()).isEqualTo(2);
            assertThat(reader.graph().fingerprints()).containsOnlyKeys(FIRST.sourcePath(), SECOND.sourcePath());
            assertThat(reader.index().commitUserData()).containsEntry(StoreWriter.GENERATION, "2");
            assertThat(reader.index().withSearcher(s -> s.getIndexReader().numDocs()).intValue()).isPositive();
        }
    }

    @Test
    @DisplayName("a reader refuses an index one generation behind the graph, saying to run ingest")
    void refusesIndexBehind() throws IOException {
        Path store = tmp.resolve("store");
        add(store, FIRST);
        add(store, SECOND);
        // What a lost index commit leaves: the index back at generation 1 (the commit it keeps), the graph at 2.
        StoreLayout layout = new StoreLayout(store);
        try (var dir = FSDirectory.open(layout.index())) {
            IndexCommit previous = DirectoryReader.listCommits(dir).getFirst();
            assertThat(previous.getUserData()).containsEntry(StoreWriter.GENERATION, "1");
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setIndexCommit(previous)
                    .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
                w.setLiveCommitData(previous.getUserData().entrySet());
                w.commit();
            }
        }

        assertThatThrownBy(() -> StoreReader.open(layout, IRIS))
                .isInstanceOf(InconsistentStoreException.class)
                .hasMessageContaining("graph is at generation 2").hasMessageContaining("index is at generation 1")
                .hasMessageContaining("minutegraph ingest --minutes DIR --store " + layout.dir());
    }

    @Nested
    @DisplayName("an update that fails between the index's commit and the graph's")
    class BetweenCommits {

        @Test
        @DisplayName("leaves the store at the previous generation, and the next update repairs it without a rebuild")
        void previousGenerationThenRepaired() {
            Path store = tmp.resolve("store");
            add(store, FIRST);
            StoreDigest before = digest(store);

            assertThatThrownBy(() -> add(store, SECOND, () -> {
                throw new IllegalStateException("killed between the commits");
            })).isInstanceOf(StoreException.class).hasMessageContaining("killed between the commits");

            assertThat(generation(store)).isEqualTo(1);
            assertThat(digest(store)).as("graph and index as before the update").isEqualTo(before);

            try (StoreWriter next = StoreWriter.open(store, IRIS, LEXICAL, null, false)) {
                assertThat(next.rebuilding()).isFalse();
                assertThat(next.generation()).isEqualTo(1);
                assertThat(PassageIndex.commits(new StoreLayout(store).index()).getLast())
                        .as("a reader refreshing to the last commit sees generation 1 again").containsEntry(StoreWriter.GENERATION, "1");
                next.apply(List.of(), List.of(file(SECOND)), corpus(2), null, IndexContext.of(IRIS));
            }
            Path clean = tmp.resolve("clean");
            add(clean, FIRST);
            add(clean, SECOND);
            assertThat(generation(store)).isEqualTo(2);
            assertThat(digest(store)).isEqualTo(digest(clean));
        }
    }

    @Test
    @DisplayName("a failure in the index half of a new store's first update leaves no store, and the next update builds it")
    void failedFirstUpdate() {
        Path store = tmp.resolve("store");
        assertThatThrownBy(() -> add(store, FIRST, () -> {
            throw new IllegalStateException("disk full");
        })).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> StoreReader.open(new StoreLayout(store), IRIS)).hasMessageContaining("No store");

        add(store, FIRST);
        Path clean = tmp.resolve("clean");
        add(clean, FIRST);
        assertThat(digest(store)).isEqualTo(digest(clean));
    }
}
