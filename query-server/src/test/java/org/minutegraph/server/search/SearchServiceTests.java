package org.minutegraph.server.search;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minutegraph.ingest.index.PassageIndex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchServiceTests {

    PassageIndex index;
    SearchService search;

    @BeforeAll
    void build(@TempDir Path dir) {
        TestCorpus.write(dir.resolve("index"), null);
        index = PassageIndex.open(dir.resolve("index"));
        search = SearchServices.create(index, TestCorpus.vocabulary(), null, SearchConfig.defaults()).search();
    }

    @AfterAll
    void close() {
        index.close();
    }

    private java.util.List<String> paths(SearchResponse r) {
        return r.hits().stream().map(SearchHit::sourcePath).toList();
    }

    @Nested
    @DisplayName("identifiers and stemming")
    class Analysis {
        @ParameterizedTest
        @ValueSource(strings = {"cluster-api", "scs-0102-v2", "scs-0102", "0102", "@bob", "k8s-harbor", "chart"})
        void identifiersAreFoundWholeAndByParts(String q) {
            SearchResponse r = search.search(SearchRequest.of(q));
            assertThat(r.total()).as(q).isPositive();
            assertThat(r.mode()).isEqualTo("lexical");
        }

        @Test
        void registryFindsRegistries() {
            assertThat(search.search(SearchRequest.of("registry")).hits())
                    .anyMatch(h -> h.snippet().contains("<mark>registries</mark>"));
        }
    }

    @Nested
    @DisplayName("aliases from the vocabulary")
    class Aliases {
        @Test
        void k8sFindsKubernetesAndBack() {
            assertThat(paths(search.search(SearchRequest.of("k8s")))).contains("container/20230306.md");
            assertThat(paths(search.search(SearchRequest.of("Kubernetes")))).contains("container/20230220.md");
        }

        @Test
        void capiFindsClusterApi() {
            SearchResponse r = search.search(SearchRequest.of("CAPI"));
            assertThat(r.hits()).extracting(SearchHit::heading).contains("Cluster stacks");
        }

        @Test
        void idpAndIdentityProviderFindEachOther() {
            assertThat(search.search(SearchRequest.of("\"identity provider\"")).hits()).extracting(SearchHit::heading).contains("Zitadel");
            assertThat(search.search(SearchRequest.of("idp")).hits()).extracting(SearchHit::heading).contains("Zitadel");
        }

        @Test
        void aliasKeepsBooleanMeaning() {
            SearchResponse r = search.search(SearchRequest.of("+k8s +minor"));
            assertThat(r.hits()).extracting(SearchHit::heading).containsExactly("Kubernetes upgrades");
        }
    }

    @Nested
    class FiltersFacetsPaging {
        @Test
        void filtersBySeriesPersonToolAndDates() {
            assertThat(search.search(SearchRequest.of("harbor").withSeries("container")).hits()).allMatch(h -> h.series().equals("container"));
            assertThat(search.search(SearchRequest.of("").withPerson("@carol")).hits()).extracting(SearchHit::heading).containsExactly("Zitadel");
            assertThat(search.search(SearchRequest.of("").withPerson("Carol Example")).total()).isEqualTo(1);
            assertThat(search.search(SearchRequest.of("").withTool("k8s")).hits()).extracting(SearchHit::heading).containsExactly("Kubernetes upgrades");
            assertThat(search.search(SearchRequest.of("").withTool("container registry")).total()).isEqualTo(2);
            assertThat(search.search(SearchRequest.of("").withTool("no such tool")).total()).isZero();
            assertThat(search.search(SearchRequest.of("").withDates(LocalDate.of(2024, 1, 1), null)).hits())
                    .extracting(SearchHit::sourcePath).containsExactly("board/20240110.md");
        }

        @Test
        void facetsCountAllMatches() {
            SearchResponse r = search.search(SearchRequest.of("harbor keppel registry").withPage(1, 0));
            assertThat(r.hits()).hasSize(1);
            assertThat(r.facets().series()).containsEntry("container", (int) r.total());
            assertThat(r.facets().tool()).containsEntry("Harbor", 2).containsEntry("Keppel", 1);
            assertThat(r.facets().person()).containsKey("alice-ops");
            assertThat(r.facets().year()).containsOnlyKeys("2023");
        }

        @Test
        void pagesDoNotOverlap() {
            SearchResponse first = search.search(SearchRequest.of("").withPage(2, 0));
            SearchResponse second = search.search(SearchRequest.of("").withPage(2, 2));
            assertThat(first.total()).isEqualTo(6);
            assertThat(first.hits().get(0).sourcePath()).isEqualTo("board/20240110.md");
            assertThat(second.hits()).extracting(SearchHit::passage).doesNotContainAnyElementsOf(first.hits().stream().map(SearchHit::passage).toList());
        }

        @Test
        void participantListIsNotAPassage() {
            assertThat(search.search(SearchRequest.of("").withPage(100, 0)).hits()).extracting(SearchHit::heading).doesNotContain("Participants");
        }
    }

    @Test
    void snippetsEscapeHtmlAndMarkMatches() {
        SearchHit hit = search.search(SearchRequest.of("chart")).hits().get(0);
        assertThat(hit.snippet()).contains("<mark>chart</mark>").contains("&lt;script&gt;").doesNotContain("<script>");
        assertThat(hit.startLine()).isEqualTo(5);
        assertThat(hit.passage()).isEqualTo(TestCorpus.IRIS.section(TestCorpus.IRIS.meeting("container/20230220.md"), 5));
        assertThat(hit.seriesLabel()).isEqualTo("Team Container");
    }

    @Nested
    @DisplayName("bad input gets results or a clear InvalidQueryException")
    class BadInput {
        @ParameterizedTest
        @ValueSource(strings = {"\"harbor", "(harbor", "harbor)", "[a TO", "*:*", "*bor", "?arbor", "harbor~", "AND", "OR harbor",
                "\\", "---", "title:", "harbor^", "/regex", "\"\"", "{}", "!!!", "a:b:c", "+-harbor"})
        void neverThrowsOnSyntax(String q) {
            SearchResponse r = search.search(SearchRequest.of(q));
            assertThat(r.total()).isGreaterThanOrEqualTo(0);
        }

        @Test
        void unbalancedQuoteStillFinds() {
            assertThat(search.search(SearchRequest.of("\"harbor replication")).total()).isPositive();
            assertThat(search.search(SearchRequest.of("*:*")).total()).isEqualTo(6);
            assertThat(search.search(SearchRequest.of("*bor")).total()).isPositive();
        }

        @Test
        void hugeQueryIsCut() {
            String q = "harbor registry kubernetes ".repeat(400);
            assertThat(q.length()).isGreaterThan(10_000);
            assertThat(search.search(SearchRequest.of(q)).total()).isPositive();
        }

        @Test
        void emptyQueryBrowsesNewestFirst() {
            SearchResponse r = search.search(SearchRequest.of("  "));
            assertThat(r.mode()).isEqualTo("browse");
            assertThat(r.hits().get(0).date()).isEqualTo("2024-01-10");
        }

        @Test
        void badParametersAreInvalidQueries() {
            assertThatThrownBy(() -> SearchRequest.of("x").withPage(-1, 0)).isInstanceOf(InvalidQueryException.class);
            assertThatThrownBy(() -> SearchRequest.of("x").withPage(10, -5)).isInstanceOf(InvalidQueryException.class);
            assertThatThrownBy(() -> SearchRequest.of("x").withDates(LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 1)))
                    .isInstanceOf(InvalidQueryException.class).hasMessageContaining("after");
            assertThatThrownBy(() -> SortOrder.parse("size")).isInstanceOf(InvalidQueryException.class);
            assertThatThrownBy(() -> SearchRequest.date("from", "yesterday")).isInstanceOf(InvalidQueryException.class);
            assertThatThrownBy(() -> search.search(SearchRequest.of("x").withPage(10, 1_000_000))).isInstanceOf(InvalidQueryException.class);
            assertThat(search.search(SearchRequest.of("harbor").withPage(100_000, 0)).hits().size()).isLessThanOrEqualTo(100);
        }
    }

    @Test
    @DisplayName("in hybrid mode a query of syntax alone has no words to embed: answered lexically, never an exception")
    void hybridSyntaxOnlyQueries(@TempDir Path other) {
        TestCorpus.write(other.resolve("index"), new WordHashEmbedder());
        try (PassageIndex hybridIndex = PassageIndex.open(other.resolve("index"))) {
            SearchService hybrid = SearchServices.create(hybridIndex, TestCorpus.vocabulary(), new WordHashEmbedder(), SearchConfig.defaults()).search();
            for (String q : java.util.List.of("*:*", "()", "\"\"", "+ -", "*", "?")) {
                SearchResponse r = hybrid.search(SearchRequest.of(q));
                assertThat(r.mode()).as(q).isEqualTo("lexical");
            }
            assertThat(hybrid.search(SearchRequest.of("*:*")).total()).isEqualTo(6);
        }
    }

    @Test
    @DisplayName("a model closed under a hybrid search (the server stopping) gives a lexical answer, not an error")
    void closedModelFallsBackToLexical(@TempDir Path other) {
        TestCorpus.write(other.resolve("index"), new WordHashEmbedder());
        org.minutegraph.ingest.index.Embedder closed = new org.minutegraph.ingest.index.Embedder() {
            @Override
            public String modelId() {
                return new WordHashEmbedder().modelId();
            }

            @Override
            public int dimensions() {
                return 384;
            }

            @Override
            public float[] embed(String text) {
                throw new org.minutegraph.ingest.index.EmbedderClosedException("closed for the test");
            }
        };
        try (PassageIndex hybridIndex = PassageIndex.open(other.resolve("index"))) {
            SearchService stopping = SearchServices.create(hybridIndex, TestCorpus.vocabulary(), closed, SearchConfig.defaults()).search();
            SearchService lexical = SearchServices.create(hybridIndex, TestCorpus.vocabulary(), null, SearchConfig.defaults()).search();
            SearchResponse r = stopping.search(SearchRequest.of("budget quarter"));
            assertThat(r.mode()).isEqualTo("lexical");
            assertThat(r.hits()).isNotEmpty();
            assertThat(r.hits()).extracting(SearchHit::sourcePath)
                    .isEqualTo(lexical.search(SearchRequest.of("budget quarter")).hits().stream().map(SearchHit::sourcePath).toList());
        }
    }

    @Test
    @DisplayName("a hybrid search that names no concept embeds its words once, not once for the concepts and again for the vector leg")
    void oneInferencePerText(@TempDir Path other) {
        TestCorpus.write(other.resolve("index"), new WordHashEmbedder());
        java.util.concurrent.atomic.AtomicInteger inferences = new java.util.concurrent.atomic.AtomicInteger();
        org.minutegraph.ingest.index.Embedder counting = new org.minutegraph.ingest.index.Embedder() {
            private final WordHashEmbedder words = new WordHashEmbedder();

            @Override
            public String modelId() {
                return words.modelId();
            }

            @Override
            public int dimensions() {
                return words.dimensions();
            }

            @Override
            public float[] embed(String text) {
                inferences.incrementAndGet();
                return words.embed(text);
            }
        };
        try (PassageIndex hybridIndex = PassageIndex.open(other.resolve("index"))) {
            SearchService hybrid = SearchServices.create(hybridIndex, TestCorpus.vocabulary(), counting,
                    SearchConfig.builder().cacheSize(0).build()).search();
            hybrid.relatedConcepts("warm-up"); // the vocabulary's concept vectors are made on first use
            inferences.set(0);
            SearchResponse r = hybrid.search(SearchRequest.of("budget quarter"));
            assertThat(r.mode()).isEqualTo("hybrid");
            assertThat(inferences).hasValue(1);
        }
    }

    @Test
    void hybridModeFusesVectorsWhenTheIndexHasThem(@TempDir Path other) {
        TestCorpus.write(other.resolve("index"), new WordHashEmbedder());
        try (PassageIndex hybridIndex = PassageIndex.open(other.resolve("index"))) {
            SearchService hybrid = SearchServices.create(hybridIndex, TestCorpus.vocabulary(), new WordHashEmbedder(), SearchConfig.defaults()).search();
            SearchResponse r = hybrid.search(SearchRequest.of("budget quarter"));
            assertThat(r.mode()).isEqualTo("hybrid");
            assertThat(r.hits().get(0).sourcePath()).isEqualTo("board/20240110.md");
            assertThat(hybridIndex.commitUserData()).containsEntry("generation", "1");
            SearchService lexicalOnly = SearchServices.create(hybridIndex, TestCorpus.vocabulary(), null, SearchConfig.defaults()).search();
            assertThat(lexicalOnly.search(SearchRequest.of("budget")).mode()).isEqualTo("lexical");
        }
    }

    @Test
    @DisplayName("in hybrid mode an alias and its label embed alike, so they rank the same passages; filters hold for vector hits")
    void hybridAliasParityAndFilters(@TempDir Path other) {
        TestCorpus.write(other.resolve("index"), new WordHashEmbedder());
        try (PassageIndex hybridIndex = PassageIndex.open(other.resolve("index"))) {
            SearchService hybrid = SearchServices.create(hybridIndex, TestCorpus.vocabulary(), new WordHashEmbedder(), SearchConfig.defaults()).search();
            java.util.List<String> alias = hybrid.search(SearchRequest.of("k8s upgrades")).hits().stream().map(SearchHit::passage).toList();
            java.util.List<String> label = hybrid.search(SearchRequest.of("Kubernetes upgrades")).hits().stream().map(SearchHit::passage).toList();
            assertThat(alias).isNotEmpty().isEqualTo(label);
            assertThat(paths(hybrid.search(SearchRequest.of("budget quarter")))).contains("board/20240110.md");
            SearchResponse filtered = hybrid.search(SearchRequest.of("budget quarter").withSeries("container"));
            assertThat(paths(filtered)).doesNotContain("board/20240110.md");
            assertThat(filtered.hits()).allSatisfy(h -> assertThat(h.series()).isEqualTo("container"));
        }
    }
}
