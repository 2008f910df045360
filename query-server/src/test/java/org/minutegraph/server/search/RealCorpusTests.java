package org.minutegraph.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minutegraph.ingest.index.Embedder;
import org.minutegraph.ingest.index.MiniLmEmbedder;
import org.minutegraph.ingest.index.MinutesAnalyzer;
import org.minutegraph.ingest.index.PassageIndex;
import org.minutegraph.ingest.index.PassageSchema;
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
        index = PassageIndex.open(new org.minutegraph.ingest.store.StoreLayout(store).index());
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
    @DisplayName("the relevance set's keyword queries, tuned and held out, reach the recall@10 and nDCG@10 its file demands, in hybrid mode")
    void relevanceSetKeywordQueriesMeetTheGate() {
        assertThat(index.hasEmbeddings()).isTrue();
        RelevanceSet set = RelevanceSet.load();
        SearchConfig config = SearchConfig.builder().cacheSize(0).build();
        System.out.print(RelevanceSuite.run(SearchServices.create(index, Vocabularies.tools(), Embedder.none(), config).search(), set).table("lexical"));
        RelevanceSuite.Report report = RelevanceSuite.run(SearchServices.create(index, Vocabularies.tools(), embedder, config).search(), set);
        System.out.print(report.table("hybrid " + embedder.modelId()));
        for (boolean heldOut : new boolean[] {false, true}) {
            String split = heldOut ? "held-out" : "tuned";
            assertThat(report.mean(RelevanceSet.Kind.KEYWORD, heldOut, RelevanceSuite.Result::recall)).as(split + " keyword recall@10")
                    .isGreaterThanOrEqualTo(set.keywordGate(heldOut).recall());
            assertThat(report.mean(RelevanceSet.Kind.KEYWORD, heldOut, RelevanceSuite.Result::ndcg)).as(split + " keyword nDCG@10")
                    .isGreaterThanOrEqualTo(set.keywordGate(heldOut).ndcg());
        }
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

    @Test
    @DisplayName("paraphrases reach their subject: the top 10 hold registry, login and status-page passages")
    void paraphrasesReachTheirSubject() throws Exception {
        // Judged by the vocabulary, not by hand: a hit is on the subject when its passage mentions one of the
        // subject's tools (per the graph) or writes one of their labels.
        Map<String, Long> onSubject = new java.util.LinkedHashMap<>();
        onSubject.put("container registry", onSubject("container registry", "container registry"));
        onSubject.put("login for kubernetes clusters", onSubject("login for kubernetes clusters", "identity provider",
                "authentication and authorisation standard"));
        onSubject.put("page that shows outages to users", onSubject("page that shows outages to users", "SCS Status Page"));
        System.out.println("on-subject hits in the top 10: " + onSubject);
        assertThat(onSubject.get("container registry")).as(onSubject.toString()).isGreaterThanOrEqualTo(8);
        assertThat(onSubject.get("login for kubernetes clusters")).as(onSubject.toString()).isGreaterThanOrEqualTo(5);
        assertThat(onSubject.get("page that shows outages to users")).as(onSubject.toString()).isGreaterThanOrEqualTo(5);
    }

    /**
     * How many of the top 10 passages for {@code q} mention a tool named by {@code labels} (a category
     * stands for its tools) or write one of that tool's labels in their heading or text.
     */
    private long onSubject(String q, String... labels) throws Exception {
        ConceptVocabulary vocabulary = ConceptVocabulary.from(Vocabularies.tools());
        List<Concept> tools = new java.util.ArrayList<>();
        for (String label : labels) {
            Concept concept = vocabulary.byLabel(label).stream().findFirst().orElseThrow(() -> new AssertionError("no concept " + label));
            for (String iri : concept.kind() == Concept.Kind.CATEGORY ? concept.narrower() : List.of(concept.iri())) {
                tools.add(vocabulary.byIri(iri).orElseThrow());
            }
        }
        var parser = new org.apache.lucene.queryparser.classic.MultiFieldQueryParser(
                new String[] {PassageSchema.TEXT, PassageSchema.HEADING_PATH}, MinutesAnalyzer.forQuery());
        BooleanQuery.Builder subject = new BooleanQuery.Builder();
        for (Concept tool : tools) {
            subject.add(new TermQuery(new Term(PassageSchema.TOOL, tool.iri())), BooleanClause.Occur.SHOULD);
            for (String label : tool.allLabels()) {
                subject.add(parser.parse("\"" + org.apache.lucene.queryparser.classic.QueryParser.escape(label) + "\""), BooleanClause.Occur.SHOULD);
            }
        }
        BooleanQuery onSubject = subject.build();
        return top(q).stream().filter(passage -> index.withSearcher(searcher -> searcher.count(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(PassageSchema.ID, passage)), BooleanClause.Occur.FILTER)
                .add(onSubject, BooleanClause.Occur.MUST)
                .build()) > 0)).count();
    }

    private List<String> top(String q) {
        return services.search().search(SearchRequest.of(q).withPage(10, 0)).hits().stream().map(SearchHit::passage).toList();
    }
}
