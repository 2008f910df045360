package org.minutegraph.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutegraph.ingest.index.PassageIndex;

/** Semantic concept expansion on a small vocabulary written for these tests, with the word-hash embedder. */
class ConceptExpansionTests {

    private static final String TTL = """
            @prefix mg:   <https://w3id.org/minutegraph#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix t:    <https://w3id.org/minutegraph/id/tool/> .
            @prefix c:    <https://w3id.org/minutegraph/id/category/> .
            c:identity-provider a mg:ToolCategory ; skos:prefLabel "identity provider" ; skos:altLabel "IdP" ;
                skos:definition "Software with which users sign on once (single sign-on) to clusters and services." .
            c:backup a mg:ToolCategory ; skos:prefLabel "backup" ;
                skos:definition "Tools that copy volumes and databases away and restore them after a loss." .
            t:keycloak a mg:Tool ; skos:prefLabel "Keycloak" ; skos:broader c:identity-provider ;
                skos:definition "Open-source identity server." .
            t:restic a mg:Tool ; skos:prefLabel "restic" ; skos:broader c:backup ;
                skos:definition "Deduplicating program that saves snapshots of files." .
            <https://w3id.org/minutegraph/id/tools> a skos:ConceptScheme ; skos:prefLabel "sign on single clusters" .
            """;

    private static ConceptVocabulary vocabulary() {
        return vocabulary(TTL);
    }

    private static ConceptVocabulary vocabulary(String ttl) {
        Model model = ModelFactory.createDefaultModel();
        model.read(new StringReader(ttl), null, "TTL");
        return ConceptVocabulary.from(model);
    }

    private static final ConceptVocabulary VOCABULARY = vocabulary();
    private static final String IDP = "https://w3id.org/minutegraph/id/category/identity-provider";

    @Nested
    @DisplayName("nearest concepts")
    class Nearest {

        private final ConceptEmbeddings embeddings = new ConceptEmbeddings(VOCABULARY, new WordHashEmbedder());

        @Test
        @DisplayName("a query describing single sign-on for clusters finds the identity-provider concept first")
        void paraphraseFindsTheCategory() {
            List<ConceptEmbeddings.Match> matches = embeddings.nearest(new WordHashEmbedder().embed("single sign-on for clusters"), 0.3f, 3);
            assertThat(matches).isNotEmpty();
            assertThat(matches.get(0).concept().iri()).isEqualTo(IDP);
            assertThat(matches).extracting(m -> m.concept().kind()).doesNotContain(Concept.Kind.CONCEPT);
        }

        @Test
        @DisplayName("an unrelated query matches nothing above the threshold, and at most max concepts come back")
        void unrelatedQueryMatchesNothing() {
            assertThat(embeddings.nearest(new WordHashEmbedder().embed("banana bread recipe"), 0.3f, 3)).isEmpty();
            assertThat(embeddings.nearest(new WordHashEmbedder().embed("restore volumes"), 0.0f, 1)).hasSize(1);
        }

        @Test
        @DisplayName("a concept is embedded as its label and definition; without a definition, as its labels")
        void description() {
            Concept idp = VOCABULARY.byIri(IDP).orElseThrow();
            assertThat(ConceptEmbeddings.description(idp)).startsWith("identity provider: Software with which users");
            assertThat(ConceptEmbeddings.description(new Concept("urn:x", Concept.Kind.TOOL, "Foo", List.of("foo-bar"), List.of(), List.of())))
                    .isEqualTo("Foo, foo-bar");
        }
    }

    @Nested
    @DisplayName("the expanded query")
    class Expanded {

        private final PassageQueries queries = new PassageQueries(VOCABULARY, SearchConfig.defaults());
        private final Concept idp = VOCABULARY.byIri(IDP).orElseThrow();

        @Test
        @DisplayName("adds the concept's labels and tools as a weaker clause that may match on its own")
        void addsLabelsAndTools() {
            String plain = queries.text("login for clusters").orElseThrow().query().toString();
            BooleanQuery expanded = (BooleanQuery) queries.text("login for clusters", List.of(idp)).orElseThrow().query();
            assertThat(plain).doesNotContain("keycloak");
            assertThat(expanded.toString()).contains("\"ident provid\"", "idp", "keycloak", "tool:" + TestCorpus.IRIS.tool("keycloak"));
            assertThat(expanded.clauses()).extracting(BooleanClause::occur).containsOnly(BooleanClause.Occur.SHOULD);
            assertThat(expanded.toString()).contains(")^0.5");
        }

        @Test
        @DisplayName("takes in the tools of a related category, a link written on either side, but not of an unrelated one")
        void relatedCategory() {
            ConceptVocabulary withStandards = vocabulary(TTL + """
                    c:auth-protocol a mg:ToolCategory ; skos:prefLabel "authentication standard" ; skos:related c:identity-provider .
                    t:oidc a mg:Tool ; skos:prefLabel "OpenID Connect" ; skos:altLabel "OIDC" ; skos:broader c:auth-protocol .
                    """);
            Concept related = withStandards.byIri(IDP).orElseThrow();
            assertThat(related.related()).containsExactly("https://w3id.org/minutegraph/id/category/auth-protocol");
            String expanded = new PassageQueries(withStandards, SearchConfig.defaults()).text("login for clusters", List.of(related))
                    .orElseThrow().query().toString();
            assertThat(expanded).contains("\"openid connect\"", "tool:" + TestCorpus.IRIS.tool("oidc"));
            assertThat(expanded).doesNotContain("restic");
        }

        @Test
        @DisplayName("keeps required words required: the expansion only re-ranks")
        void respectsOperators() {
            BooleanQuery expanded = (BooleanQuery) queries.text("+login clusters", List.of(idp)).orElseThrow().query();
            assertThat(expanded.clauses().get(0).occur()).isEqualTo(BooleanClause.Occur.MUST);
        }
    }

    @Test
    @DisplayName("search finds related concepts in hybrid mode only, skipping concepts the query names or shares a word with")
    void relatedConceptsInSearch(@TempDir Path dir) {
        TestCorpus.write(dir.resolve("index"), new WordHashEmbedder());
        SearchConfig d = SearchConfig.defaults();
        SearchConfig loose = d.toBuilder().conceptSimilarity(0.3f).maxConcepts(2).build();
        try (PassageIndex index = PassageIndex.open(dir.resolve("index"))) {
            SearchService hybrid = SearchServices.create(index, VOCABULARY, new WordHashEmbedder(), loose, WhoWeights.defaults()).search();
            SearchService lexical = SearchServices.create(index, VOCABULARY, null, loose, WhoWeights.defaults()).search();
            assertThat(hybrid.relatedConcepts("single sign-on for clusters")).extracting(Concept::iri).containsExactly(IDP);
            assertThat(lexical.relatedConcepts("single sign-on for clusters")).isEmpty();
            assertThat(hybrid.relatedConcepts("banana bread recipe")).isEmpty();
            assertThat(hybrid.relatedConcepts("identity provider")).isEmpty();
            assertThat(hybrid.relatedConcepts("single sign-on provider for clusters")).extracting(Concept::iri).doesNotContain(IDP);
            assertThat(hybrid.search(SearchRequest.of("single sign-on for clusters")).mode()).isEqualTo("hybrid");
        }
    }
}
