package org.minutegraph.ingest.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutegraph.ingest.model.Meeting;
import org.minutegraph.ingest.rdf.CorpusGraph;
import org.minutegraph.ingest.rdf.MeetingGraph;
import org.minutegraph.ingest.rdf.MeetingGraphTestData;
import org.minutegraph.ontology.IriScheme;
import org.minutegraph.ontology.MG;

/**
 * The first update of a new store builds TDB2's B+trees bottom-up; every other update inserts quad
 * by quad. Both must leave the same store, and the bulk-built one must take later updates.
 */
class EmptyStoreLoaderTests {

    static final IriScheme IRIS = IriScheme.defaults();

    @TempDir
    Path dir;

    private static final List<Meeting> MEETINGS = List.of(
            MeetingGraphTestData.sampleAt("container/20240212.md", LocalDate.of(2024, 2, 12)),
            MeetingGraphTestData.sampleAt("container/20240219.md", LocalDate.of(2024, 2, 19)),
            MeetingGraphTestData.sampleAt("iaas/20240212.md", LocalDate.of(2024, 2, 12)));

    private static List<FileGraph> files(List<Meeting> meetings) {
        return meetings.stream()
                .map(m -> new FileGraph(m, new MeetingGraph(IRIS).build(m, "hash", "fp-" + m.sourcePath(), "# minutes\n")))
                .toList();
    }

    private static Model corpus(long generation) {
        return new CorpusGraph(IRIS).build(Map.of("container", "Team Container"), List.of(), List.of(), generation);
    }

    /** Every quad as text, sorted: two stores hold the same data exactly when these are equal. */
    private static Set<String> quads(MinutegraphStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> out = new TreeSet<>();
            store.dataset().asDatasetGraph().find().forEachRemaining(q -> out.add(q.toString()));
            return out;
        });
    }

    /** Answers that need each quad index (by graph, subject, predicate, object) and an inline value. */
    private static List<String> answers(MinutegraphStore store) {
        List<String> queries = List.of(
                "SELECT ?p ?o { GRAPH <" + IRIS.graph("container/20240219.md") + "> { ?s ?p ?o } } ORDER BY ?p ?o",
                "SELECT ?p ?o { <" + IRIS.meeting("iaas/20240212.md") + "> ?p ?o } ORDER BY ?p ?o",
                "SELECT ?s ?o { ?s <" + MG.sourcePath.getURI() + "> ?o } ORDER BY ?s",
                "SELECT ?s ?p { ?s ?p <" + IRIS.tool("harbor") + "> } ORDER BY ?s ?p",
                "SELECT ?s { ?s ?p \"2024-02-12\"^^<http://www.w3.org/2001/XMLSchema#date> } ORDER BY ?s");
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> out = new ArrayList<>();
            for (String query : queries) {
                try (QueryExecution q = QueryExecutionFactory.create(query, store.dataset())) {
                    List<String> rows = new ArrayList<>();
                    q.execSelect().forEachRemaining(r -> rows.add(r.toString()));
                    assertThat(rows).as(query).isNotEmpty();
                    out.add(String.join("\n", rows));
                }
            }
            return out;
        });
    }

    /** A store whose node table already holds terms, so the update inserts quad by quad. */
    private MinutegraphStore insertedQuadByQuad(Path at) {
        MinutegraphStore store = MinutegraphStore.open(new StoreLayout(at), IRIS);
        Meeting dummy = MeetingGraphTestData.sampleAt("old/20200101.md", LocalDate.of(2020, 1, 1));
        new GraphUpdate(store).apply(List.of(), files(List.of(dummy)), corpus(1), null, () -> { });
        new GraphUpdate(store).apply(List.of(dummy.sourcePath()), List.of(), corpus(2), null, () -> { });
        Txn.executeRead(store.dataset(), () -> assertThat(EmptyStoreLoader.forEmpty(store.dataset().asDatasetGraph()))
                .as("a store with terms in its node table is not loaded in bulk").isEmpty());
        new GraphUpdate(store).apply(List.of(), files(MEETINGS), corpus(3), null, () -> { });
        return store;
    }

    @Test
    @DisplayName("a new store loaded in bulk holds the same quads and answers the same queries as one written quad by quad")
    void sameAsQuadByQuad() {
        try (MinutegraphStore bulk = MinutegraphStore.open(new StoreLayout(dir.resolve("bulk")), IRIS);
             MinutegraphStore inserted = insertedQuadByQuad(dir.resolve("inserted"))) {
            Txn.executeRead(bulk.dataset(), () -> assertThat(EmptyStoreLoader.forEmpty(bulk.dataset().asDatasetGraph()))
                    .as("a new store is loaded in bulk").isPresent());
            new GraphUpdate(bulk).apply(List.of(), files(MEETINGS), corpus(3), null, () -> { });

            assertThat(quads(bulk)).hasSizeGreaterThan(60).isEqualTo(quads(inserted));
            assertThat(answers(bulk)).isEqualTo(answers(inserted));
            assertThat(bulk.tripleCount()).isEqualTo(inserted.tripleCount()).isEqualTo(quads(bulk).size());
        }
    }

    @Test
    @DisplayName("a store loaded in bulk takes later updates, removals and reopening like any other")
    void laterUpdates() {
        Meeting added = MeetingGraphTestData.sampleAt("container/20240226.md", LocalDate.of(2024, 2, 26));
        List<FileGraph> later = files(List.of(added));
        try (MinutegraphStore bulk = MinutegraphStore.open(new StoreLayout(dir.resolve("bulk")), IRIS);
             MinutegraphStore inserted = insertedQuadByQuad(dir.resolve("inserted"))) {
            new GraphUpdate(bulk).apply(List.of(), files(MEETINGS), corpus(3), null, () -> { });
            for (MinutegraphStore store : List.of(bulk, inserted)) {
                new GraphUpdate(store).apply(List.of("iaas/20240212.md"), later, corpus(4), null, () -> { });
            }
            assertThat(quads(bulk)).isEqualTo(quads(inserted));
        }
        try (MinutegraphStore reopened = MinutegraphStore.open(new StoreLayout(dir.resolve("bulk")), IRIS)) {
            assertThat(reopened.fingerprints().keySet())
                    .containsExactlyInAnyOrder("container/20240212.md", "container/20240219.md", added.sourcePath());
            assertThat(reopened.generation()).isEqualTo(4);
        }
    }

    @Test
    @DisplayName("reads of the empty store before the bulk load do not hide what it loaded (no stale 'not found' cache)")
    void readsBeforeTheLoad() {
        try (MinutegraphStore store = MinutegraphStore.open(new StoreLayout(dir), IRIS)) {
            assertThat(store.fingerprints()).isEmpty();
            assertThat(store.generation()).isZero();
            new GraphUpdate(store).apply(List.of(), files(MEETINGS), corpus(1), null, () -> { });
            assertThat(store.fingerprints()).hasSize(3);
            assertThat(store.generation()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("a first update whose index half fails leaves an empty store that the next update fills")
    void failedFirstUpdate() {
        try (MinutegraphStore store = MinutegraphStore.open(new StoreLayout(dir), IRIS)) {
            Runnable failing = () -> {
                throw new IllegalStateException("disk full");
            };
            assertThatThrownBy(() -> new GraphUpdate(store).apply(List.of(), files(MEETINGS), corpus(1), null, failing))
                    .isInstanceOf(StoreException.class).hasMessageContaining("rolled back");
            assertThat(store.tripleCount()).isZero();
            Txn.executeRead(store.dataset(), () -> assertThat(EmptyStoreLoader.forEmpty(store.dataset().asDatasetGraph()))
                    .as("the aborted load left no term behind").isPresent());
            new GraphUpdate(store).apply(List.of(), files(MEETINGS), corpus(1), null, () -> { });
            assertThat(store.fingerprints()).hasSize(3);
        }
    }

    @Test
    @DisplayName("a discarded new store is gone from disk, and opening the directory again starts an empty one")
    void discard() {
        MinutegraphStore store = MinutegraphStore.open(new StoreLayout(dir), IRIS);
        new GraphUpdate(store).apply(List.of(), files(MEETINGS.subList(0, 1)), corpus(1), null, () -> { });
        store.discard();
        store.close();
        assertThat(Files.exists(new StoreLayout(dir).tdb2())).isFalse();
        try (MinutegraphStore again = MinutegraphStore.open(new StoreLayout(dir), IRIS)) {
            assertThat(again.fingerprints()).isEmpty();
            new GraphUpdate(again).apply(List.of(), files(MEETINGS), corpus(1), null, () -> { });
            assertThat(again.fingerprints()).hasSize(3);
        }
    }
}
