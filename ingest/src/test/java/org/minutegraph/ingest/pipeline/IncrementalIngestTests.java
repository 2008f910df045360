package org.minutegraph.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutegraph.ingest.pipeline.StoreQueries.count;
import static org.minutegraph.ingest.pipeline.StoreQueries.values;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutegraph.ingest.index.PassageIndex;
import org.minutegraph.ingest.index.PassageSchema;
import org.minutegraph.ingest.store.MinutegraphStore;
import org.minutegraph.ingest.store.StoreLayout;
import org.minutegraph.ingest.store.StoreReader;
import org.minutegraph.ingest.store.StoreWriter;
import org.minutegraph.ontology.IriScheme;

/** Re-ingesting: unchanged files are skipped, changed ones replaced, deleted ones removed. */
class IncrementalIngestTests {

    @TempDir
    Path tmp;

    Path minutes;
    Path storeDir;

    @BeforeEach
    void copySample() throws IOException {
        minutes = tmp.resolve("minutes");
        storeDir = tmp.resolve("store");
        Path from = Corpora.sample();
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path to = minutes.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
    }

    private IngestReport ingest() {
        return new Ingestor(IngestConfig.of(minutes, storeDir), IngestListener.SILENT).run();
    }

    private <T> T withStore(java.util.function.Function<MinutegraphStore, T> f) {
        try (StoreReader opened = StoreReader.open(new StoreLayout(storeDir), IriScheme.defaults())) {
            MinutegraphStore store = opened.graph();
            return f.apply(store);
        }
    }

    @Test
    @DisplayName("an index of an older schema (a field without the doc values it has now) is rebuilt, not failed on")
    void olderIndexSchema() throws IOException {
        IngestReport first = ingest();
        Path index = new StoreLayout(storeDir).index();
        String generation = PassageIndex.commits(index).getLast().get(StoreWriter.GENERATION);
        try (var dir = org.apache.lucene.store.FSDirectory.open(index);
             var old = new org.apache.lucene.index.IndexWriter(dir, new org.apache.lucene.index.IndexWriterConfig()
                     .setOpenMode(org.apache.lucene.index.IndexWriterConfig.OpenMode.CREATE))) {
            var doc = new org.apache.lucene.document.Document();
            doc.add(new org.apache.lucene.document.StringField(PassageSchema.MEETING, "urn:old",
                    org.apache.lucene.document.Field.Store.YES));
            old.addDocument(doc);
            old.setLiveCommitData(java.util.Map.of(StoreWriter.SCHEMA_VERSION, "1",
                    StoreWriter.GENERATION, generation).entrySet());
            old.commit();
        }
        Files.writeString(minutes.resolve(anyFile()), "\n- one more line\n",
                java.nio.file.StandardOpenOption.APPEND);
        IngestReport second = ingest();
        assertThat(second.written()).isEqualTo(first.meetings());
        assertThat(second.rebuiltBecause()).hasValueSatisfying(why -> assertThat(why).contains("another version"));
        // The rebuild went into a data directory of its own, which is now the store.
        assertThat(PassageIndex.commits(new StoreLayout(storeDir).index()).getLast()).containsEntry(StoreWriter.SCHEMA_VERSION, PassageSchema.SCHEMA_VERSION);
    }

    private String anyFile() throws IOException {
        try (Stream<Path> files = Files.walk(minutes)) {
            return files.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().startsWith("README"))
                    .map(p -> minutes.relativize(p).toString()).sorted().findFirst().orElseThrow();
        }
    }

    @Test
    @DisplayName("re-ingesting an unchanged corpus changes nothing")
    void unchanged() {
        IngestReport first = ingest();
        long triples = withStore(MinutegraphStore::tripleCount);
        long generation = withStore(MinutegraphStore::generation);
        IngestReport second = ingest();
        assertThat(first.written()).isEqualTo(33);
        assertThat(second.unchanged()).isTrue();
        assertThat(withStore(MinutegraphStore::tripleCount)).isEqualTo(triples);
        assertThat(withStore(MinutegraphStore::generation)).isEqualTo(generation);
    }

    @Test
    @DisplayName("a changed file replaces its graph, and only it is written")
    void changed() throws IOException {
        ingest();
        Path file = minutes.resolve("container/20240212.md");
        Files.writeString(file, Files.readString(file).replace("## Participants", "## Participants\n\n* @newcomer"));
        IngestReport second = ingest();
        assertThat(second.written()).isEqualTo(1);
        List<String> handles = withStore(s -> values(s, "SELECT ?h WHERE { ?m mg:sourcePath \"container/20240212.md\" ; mg:participant/mg:handle ?h }"));
        assertThat(handles).contains("newcomer");
    }

    @Test
    @DisplayName("a deleted file's graph is removed")
    void deleted() throws IOException {
        ingest();
        Files.delete(minutes.resolve("iaas/20240117.md"));
        IngestReport second = ingest();
        assertThat(second.removed()).isEqualTo(1);
        long meetings = withStore(s -> count(s, "?m a mg:Meeting"));
        long removed = withStore(s -> count(s, "?m mg:sourcePath \"iaas/20240117.md\""));
        assertThat(meetings).isEqualTo(32);
        assertThat(removed).isZero();
    }

    private java.util.Set<String> quads() {
        return withStore(s -> org.apache.jena.system.Txn.calculateRead(s.dataset(), () -> {
            java.util.Set<String> out = new java.util.HashSet<>();
            s.dataset().asDatasetGraph().find().forEachRemaining(q -> {
                if (!q.getPredicate().getURI().equals(org.minutegraph.ontology.MG.generation.getURI())) {
                    out.add(q.toString());
                }
            });
            return out;
        }));
    }

    @Test
    @DisplayName("files read from the extraction cache give exactly the graph that reading them gives")
    void cacheGivesTheSameGraph() throws IOException {
        ingest();
        java.util.Set<String> read = quads();
        assertThat(storeDir.resolve(Ingestor.EXTRACTION_CACHE)).isRegularFile();
        IngestReport fromCache = new Ingestor(IngestConfig.of(minutes, storeDir).withForce(true), IngestListener.SILENT).run();
        assertThat(fromCache.written()).isEqualTo(33);
        assertThat(quads()).isEqualTo(read);
    }

    @Test
    @DisplayName("a damaged extraction cache only means every file is read again")
    void damagedCache() throws IOException {
        ingest();
        Files.write(storeDir.resolve(Ingestor.EXTRACTION_CACHE), new byte[] {1, 2, 3, 4, 5});
        Path file = minutes.resolve("iam/20240124.md");
        Files.writeString(file, Files.readString(file).replace("## Participants", "## Participants\n\n* @latecomer"));
        IngestReport second = ingest();
        assertThat(second.written()).isEqualTo(1);
        assertThat(second.warnings()).isNotEmpty();
        List<String> handles = withStore(s -> values(s, "SELECT ?h WHERE { ?m mg:sourcePath \"iam/20240124.md\" ; mg:participant/mg:handle ?h }"));
        assertThat(handles).contains("latecomer", "akruk");
    }
}
