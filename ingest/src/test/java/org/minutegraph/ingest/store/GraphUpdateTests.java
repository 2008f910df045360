package org.minutegraph.ingest.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
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

class GraphUpdateTests {

    static final IriScheme IRIS = IriScheme.defaults();

    @TempDir
    Path dir;

    private static FileGraph file(Meeting m, String fp) {
        return new FileGraph(m, new MeetingGraph(IRIS).build(m, "hash", fp, "# minutes\n"));
    }

    private static Model corpus(long generation) {
        return new CorpusGraph(IRIS).build(Map.of("container", "Team Container"), List.of(), List.of(), generation);
    }

    @Test
    @DisplayName("an update is visible with its fingerprints and generation, and survives reopening")
    void applyAndReopen() {
        Meeting m = MeetingGraphTestData.sample();
        try (MinutegraphStore store = MinutegraphStore.open(new StoreLayout(dir), IRIS)) {
            new GraphUpdate(store).apply(List.of(), List.of(file(m, "fp1")), corpus(1), null, () -> { });
        }
        // Reopened as ingest does: a reader also wants the index half, which this update has not.
        try (MinutegraphStore store = MinutegraphStore.open(new StoreLayout(dir), IRIS)) {
            assertThat(store.fingerprints()).containsExactly(Map.entry(m.sourcePath(), "fp1"));
            assertThat(store.generation()).isEqualTo(1);
            assertThat(store.tripleCount()).isGreaterThan(20);
        }
    }

    @Test
    @DisplayName("a failure in the index half rolls the graph back: the store is as it was")
    void rollback() {
        Meeting m = MeetingGraphTestData.sample();
        try (MinutegraphStore store = MinutegraphStore.open(new StoreLayout(dir), IRIS)) {
            new GraphUpdate(store).apply(List.of(), List.of(file(m, "fp1")), corpus(1), null, () -> { });
            long before = store.tripleCount();
            FailingIndex failing = new FailingIndex();
            assertThatThrownBy(() -> new GraphUpdate(store).apply(List.of(m.sourcePath()), List.of(), corpus(2), null, failing))
                    .isInstanceOf(StoreException.class).hasMessageContaining("rolled back");
            assertThat(store.tripleCount()).isEqualTo(before);
            assertThat(store.generation()).isEqualTo(1);
            assertThat(failing.ran).isTrue();
        }
    }

    @Test
    @DisplayName("removing a file removes its named graph and nothing else")
    void remove() {
        Meeting m = MeetingGraphTestData.sample();
        try (MinutegraphStore store = MinutegraphStore.open(new StoreLayout(dir), IRIS)) {
            new GraphUpdate(store).apply(List.of(), List.of(file(m, "fp1")), corpus(1), null, () -> { });
            new GraphUpdate(store).apply(List.of(m.sourcePath()), List.of(), corpus(2), null, () -> { });
            assertThat(store.fingerprints()).isEmpty();
            assertThat(store.generation()).isEqualTo(2);
        }
    }

    @Test
    @DisplayName("a new store records its four quad indexes, counts its triples exactly, and answers fixed-graph patterns")
    void quadIndexes() throws Exception {
        Meeting m = MeetingGraphTestData.sample();
        try (MinutegraphStore store = MinutegraphStore.open(new StoreLayout(dir), IRIS)) {
            new GraphUpdate(store).apply(List.of(), List.of(file(m, "fp1")), corpus(1), null, () -> { });
            String graph = IRIS.graph(m.sourcePath());
            long counted = Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution q = QueryExecutionFactory.create(
                        "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }", store.dataset())) {
                    return q.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertThat(store.tripleCount()).isEqualTo(counted);
            // With no GPOS index, a fixed graph and predicate scan GSPO: same answer as the union graph's POSG.
            String paths = "SELECT ?path { GRAPH <" + graph + "> { ?s <" + MG.sourcePath.getURI() + "> ?path } }";
            List<String> inGraph = Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution q = QueryExecutionFactory.create(paths, store.dataset())) {
                    List<String> out = new java.util.ArrayList<>();
                    q.execSelect().forEachRemaining(r -> out.add(r.getLiteral("path").getString()));
                    return out;
                }
            });
            assertThat(inGraph).isNotEmpty().allMatch(m.sourcePath()::equals);
        }
        String cfg = java.nio.file.Files.readString(new StoreLayout(dir).tdb2().resolve("tdb.cfg"));
        assertThat(cfg.replaceAll("\\s+", "")).contains("\"tdb.quad_indexes\":[\"GSPO\",\"SPOG\",\"POSG\",\"OSPG\"]");
    }

    @Test
    @DisplayName("reading a store that was never written says how to make one")
    void missing() {
        assertThatThrownBy(() -> StoreReader.open(new StoreLayout(dir.resolve("nope")), IRIS))
                .isInstanceOf(StoreException.class).hasMessageContaining("minutegraph ingest");
    }

    @Test
    @DisplayName("a corpus graph whose content is unchanged keeps its quads and takes the new generation; a changed one is replaced")
    void unchangedCorpusGraph() {
        Meeting m = MeetingGraphTestData.sample();
        org.apache.jena.graph.Node graph = org.apache.jena.graph.NodeFactory.createURI(IRIS.corpusGraph());
        org.apache.jena.graph.Node stray = org.apache.jena.graph.NodeFactory.createURI("urn:stray");
        try (MinutegraphStore store = MinutegraphStore.open(new StoreLayout(dir), IRIS)) {
            new GraphUpdate(store).apply(List.of(), List.of(file(m, "fp1")), corpus(1), null, () -> { });
            // A quad the update did not write: only a full replacement of the graph removes it.
            Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph().add(graph, stray, stray, stray));

            new GraphUpdate(store).apply(List.of(), List.of(), corpus(2), null, () -> { });
            assertThat(store.generation()).isEqualTo(2);
            assertThat(Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph().contains(graph, stray, stray, stray)))
                    .as("same content: the graph was not read and rewritten").isTrue();

            Model other = new CorpusGraph(IRIS).build(Map.of("iaas", "Team IaaS"), List.of(), List.of(), 3);
            new GraphUpdate(store).apply(List.of(), List.of(), other, null, () -> { });
            assertThat(store.generation()).isEqualTo(3);
            assertThat(Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph().contains(graph, stray, stray, stray)))
                    .as("changed content: the graph was replaced").isFalse();
            long series = Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph()
                    .stream(graph, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY)
                    .filter(q -> q.getObject().isLiteral() && q.getObject().getLiteralLexicalForm().startsWith("Team ")).count());
            assertThat(series).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("a vocabulary whose only change is an owl:versionInfo (the ontology's version) is written again")
    void vocabularyVersionChange() {
        Meeting m = MeetingGraphTestData.sample();
        try (MinutegraphStore store = MinutegraphStore.open(new StoreLayout(dir), IRIS)) {
            for (String version : List.of("0.1.0", "0.2.0")) {
                Model vocabulary = ModelFactory.createDefaultModel();
                vocabulary.createResource("https://w3id.org/minutegraph").addProperty(org.apache.jena.vocabulary.OWL.versionInfo, version);
                new GraphUpdate(store).apply(List.of(), List.of(file(m, "fp-" + version)), corpus(1), vocabulary, () -> { });
            }
            assertThat(store.vocabulary().listObjectsOfProperty(org.apache.jena.vocabulary.OWL.versionInfo).toList())
                    .extracting(o -> o.asLiteral().getString()).contains("0.2.0").doesNotContain("0.1.0");
        }
    }

    /** The index half of an update failing before the graph commits. */
    private static final class FailingIndex implements Runnable {
        boolean ran;

        @Override
        public void run() {
            ran = true;
            throw new IllegalStateException("disk full");
        }
    }
}
