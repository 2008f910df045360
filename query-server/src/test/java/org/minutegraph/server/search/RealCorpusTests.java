package org.minutegraph.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minutegraph.ingest.index.Embedder;
import org.minutegraph.ingest.index.MiniLmEmbedder;
import org.minutegraph.ingest.index.PassageIndex;
import org.minutegraph.ontology.Vocabularies;
import org.minutegraph.server.TestStores;

/** Search on the real SCS corpus, ingested by the real pipeline with embeddings (skipped where ../shared is absent). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealCorpusTests {

    PassageIndex index;
    Embedder embedder;
    SearchServices services;

    @BeforeAll
    void open() {
        Path store = TestStores.real();
        index = PassageIndex.open(store.resolve("index"));
        embedder = MiniLmEmbedder.load(1);
        services = SearchServices.create(index, Vocabularies.tools(), embedder, SearchConfig.defaults());
    }

    @AfterAll
    void close() throws Exception {
        if (index != null) {
            index.close();
        }
        if (embedder != null) {
            embedder.close();
        }
    }

    @Test
    @DisplayName("the relevance suite meets the recall@10 and nDCG@10 its file demands, in hybrid mode")
    void relevanceSuiteMeetsItsThresholds() throws Exception {
        assertThat(index.hasEmbeddings()).isTrue();
        RelevanceSuite.Report report = RelevanceSuite.run(services.search());
        System.out.print(report.table());
        assertThat(report.results()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(report.passes()).as(report.table()).isTrue();
    }

    @Test
    @DisplayName("aliases find the same passages: k8s and Kubernetes, CAPI and Cluster API")
    void aliasesFindTheSamePassages() {
        for (List<String> pair : List.of(List.of("k8s", "Kubernetes"), List.of("CAPI", "Cluster API"))) {
            List<String> a = top(pair.get(0));
            List<String> b = top(pair.get(1));
            long shared = a.stream().filter(b::contains).count();
            assertThat(shared).as(pair + ": " + a + " vs " + b).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    @DisplayName("who discussed Harbor includes joshmue, matofeder and garloff, each with evidence")
    void whoDiscussedHarbor() {
        WhoResponse who = services.who().who("Harbor");
        assertThat(who.topic().label()).isEqualTo("Harbor");
        List<WhoResponse.Person> top = who.people().stream().limit(15).toList();
        assertThat(top).extracting(WhoResponse.Person::handle).contains("joshmue", "matofeder", "garloff");
        assertThat(top).allSatisfy(p -> assertThat(p.evidence()).isNotEmpty());
        assertThat(who.teams()).extracting(WhoResponse.Team::series).contains("container");
    }

    private List<String> top(String q) {
        return services.search().search(SearchRequest.of(q).withPage(10, 0)).hits().stream().map(SearchHit::passage).toList();
    }
}
