package org.minutegraph.server.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.minutegraph.ingest.index.PassageIndex;
import org.minutegraph.ingest.pipeline.CorpusSettings;
import org.minutegraph.ingest.pipeline.IngestConfig;
import org.minutegraph.ingest.pipeline.IngestListener;
import org.minutegraph.ingest.pipeline.Ingestor;
import org.minutegraph.ingest.store.StoreLayout;
import org.minutegraph.ingest.store.StoreReader;
import org.minutegraph.ontology.IriScheme;
import org.minutegraph.ontology.Vocabularies;
import org.minutegraph.server.search.SearchHit;
import org.minutegraph.server.search.SearchRequest;
import org.minutegraph.server.web.MinutegraphServer;

/** {@code mg:search} over HTTP, on a store ingested from the sample minutes in {@code data/}. */
@DisplayName("mg:search property function")
class SearchFunctionTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String PREFIXES = "PREFIX mg: <https://w3id.org/minutegraph#> PREFIX dcterms: <http://purl.org/dc/terms/>\n";

    @TempDir
    static Path storeDir;

    private static StoreReader store;
    private static PassageIndex index;
    private static TextSearch search;
    private static MinutegraphServer server;

    @BeforeAll
    static void start() {
        Path data = sampleCorpus();
        new Ingestor(CorpusSettings.load(data).applyTo(IngestConfig.of(data, storeDir), false), IngestListener.SILENT).run();
        StoreLayout layout = new StoreLayout(storeDir);
        store = StoreReader.open(layout, IriScheme.defaults());
        index = store.index();
        search = TextSearch.over(index, Vocabularies.tools(), null);
        server = MinutegraphServer.create().dataset(store.graph().dataset().asDatasetGraph()).port(0)
                .queryContext(context -> SearchFunction.install(context, search)).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    /** The sample minutes: {@code data/} at the repository root, found upwards from the working directory. */
    private static Path sampleCorpus() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("data")) && Files.isRegularFile(p.resolve("data/minutegraph.properties"))) {
                return p.resolve("data");
            }
        }
        throw new IllegalStateException("No data/ with the sample minutes above " + Path.of("").toAbsolutePath());
    }

    private static HttpResponse<String> post(String query) {
        HttpRequest request = TestDatasets.request(server.uri(), "/sparql")
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(BodyPublishers.ofString(query)).build();
        return TestDatasets.send(CLIENT, request);
    }

    private static List<JsonNode> rows(String query) {
        HttpResponse<String> response = post(query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try {
            List<JsonNode> rows = new ArrayList<>();
            JSON.readTree(response.body()).path("results").path("bindings").forEach(rows::add);
            return rows;
        } catch (IOException e) {
            throw new AssertionError("Not SPARQL JSON: " + response.body(), e);
        }
    }

    private static String value(JsonNode row, String var) {
        return row.path(var).path("value").asText(null);
    }

    private static List<String> servicePassages(String q, int limit) {
        return search.service().search(SearchRequest.of(q).withPage(limit, 0), true, TextSearch.MAX_LIMIT, true).hits().stream().map(SearchHit::passage).toList();
    }

    @Nested
    @DisplayName("the shipped example")
    class Example {

        @Test
        @DisplayName("finds the Harbor passages, joined with their meetings and dates, best first")
        void harborPassagesWithMeetings() {
            String query = ExampleQueries.load().stream().filter(e -> e.name().equals("11-text-search.rq")).findFirst()
                    .orElseThrow().query();
            List<JsonNode> rows = rows(query);
            int expected = servicePassages("harbor", 20).size();
            assertThat(expected).as("the sample minutes mention Harbor").isGreaterThan(1);
            assertThat(rows).hasSize(expected);
            assertThat(rows).allSatisfy(row -> {
                assertThat(value(row, "meeting")).startsWith(IriScheme.defaults().base() + "meeting/");
                assertThat(value(row, "date")).matches("\\d{4}-\\d{2}-\\d{2}");
                assertThat(value(row, "snippet")).containsIgnoringCase("<mark>harbor</mark>");
            });
            List<Double> scores = rows.stream().map(r -> Double.parseDouble(value(r, "score"))).toList();
            assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        }
    }

    @Nested
    @DisplayName("arguments")
    class Arguments {

        @Test
        @DisplayName("the limit keeps the best hits, in the service's order")
        void limit() {
            List<String> passages = rows(PREFIXES + "SELECT ?p WHERE { (?p ?score) mg:search (\"harbor\" 2) } ORDER BY DESC(?score)")
                    .stream().map(r -> value(r, "p")).toList();
            assertThat(passages).containsExactlyElementsOf(servicePassages("harbor", 2));
        }

        @Test
        @DisplayName("a single subject and a plain string work, each passage being an mg:Section")
        void singleSubject() {
            List<JsonNode> rows = rows(PREFIXES + "SELECT ?p ?type WHERE { ?p mg:search \"harbor\" . ?p a ?type }");
            assertThat(rows).hasSize(servicePassages("harbor", TextSearch.DEFAULT_LIMIT).size());
            assertThat(rows).allSatisfy(row -> assertThat(value(row, "type")).isEqualTo("https://w3id.org/minutegraph#Section"));
        }

        @Test
        @DisplayName("a query bound by an earlier pattern and an explicit lexical mode")
        void boundQueryAndMode() {
            List<JsonNode> rows = rows(PREFIXES + "SELECT ?p WHERE { BIND(\"harbor\" AS ?q) (?p) mg:search (?q 3 \"lexical\") }");
            assertThat(rows.stream().map(r -> value(r, "p")).toList()).containsExactlyInAnyOrderElementsOf(servicePassages("harbor", 3));
        }

        @Test
        @DisplayName("an already bound passage keeps only itself, if it is among the hits")
        void boundPassage() {
            String best = servicePassages("harbor", 1).getFirst();
            List<JsonNode> rows = rows(PREFIXES + "SELECT ?score WHERE { BIND(<" + best + "> AS ?p) (?p ?score) mg:search \"harbor\" }");
            assertThat(rows).singleElement().satisfies(row -> assertThat(Double.parseDouble(value(row, "score"))).isPositive());
        }
    }

    /**
     * Every query shape around an {@code mg:search} call, written with {@code %s} for the search
     * words: with a word that has hits each shape answers rows, with one that has none it answers
     * 200 and the rows the graph alone gives (none, or the outer rows of an OPTIONAL).
     */
    enum Shape {
        ALONE("SELECT ?p WHERE { (?p ?score) mg:search \"%s\" }"),
        JOINED_AFTER("SELECT ?p ?date WHERE { (?p ?score) mg:search (\"%s\" 20) . ?p mg:heading ?h ; mg:inMeeting/dcterms:date ?date }"),
        JOINED_BEFORE("SELECT ?p WHERE { ?p a mg:Section ; mg:heading ?h ; mg:inMeeting ?m . (?p ?score) mg:search \"%s\" . ?m dcterms:date ?d ; mg:sourcePath ?path }"),
        OPTIONAL("SELECT ?m ?p WHERE { ?m a mg:Meeting ; dcterms:date ?d . OPTIONAL { (?p) mg:search \"%s\" . ?p mg:inMeeting ?m ; mg:heading ?h } }"),
        UNION("SELECT ?p WHERE { { (?p) mg:search \"%s\" . ?p mg:inMeeting ?m ; mg:heading ?h } UNION { (?p) mg:search (\"%<s\" 5) . ?p mg:startLine ?l ; mg:endLine ?e } }"),
        SUBQUERY("SELECT ?p ?m WHERE { { SELECT ?p WHERE { (?p ?score) mg:search \"%s\" } ORDER BY DESC(?score) LIMIT 10 } ?p mg:inMeeting ?m ; mg:heading ?h }"),
        ORDER_BY("SELECT ?p ?score WHERE { (?p ?score) mg:search \"%s\" . ?p mg:inMeeting ?m ; mg:heading ?h } ORDER BY DESC(?score) ?p"),
        GROUP_BY("SELECT ?m (COUNT(?p) AS ?n) WHERE { (?p) mg:search \"%s\" . ?p mg:inMeeting ?m ; mg:heading ?h } GROUP BY ?m ORDER BY DESC(?n)"),
        NAMED_GRAPH("SELECT ?g ?p WHERE { (?p) mg:search \"%s\" . GRAPH ?g { ?p mg:inMeeting ?m ; mg:heading ?h } }"),
        README("PREFIX mg: <https://w3id.org/minutegraph#> SELECT ?date ?heading ?score WHERE {"
                + " (?passage ?score ?snippet) mg:search (\"%s\" 20) . ?passage mg:heading ?heading ; mg:inMeeting/dcterms:date ?date }"
                + " ORDER BY DESC(?score)");

        private final String template;

        Shape(String template) {
            this.template = template;
        }

        String query(String words) {
            return PREFIXES + template.formatted(words);
        }
    }

    @Nested
    @DisplayName("a search that finds nothing answers 200")
    class NoHits {

        private static final String NOTHING = "zqxjvoid";

        @ParameterizedTest(name = "{0}")
        @EnumSource(Shape.class)
        @DisplayName("with the rows the graph gives without hits, in every query shape")
        void everyShape(Shape shape) {
            assertThat(servicePassages(NOTHING, 20)).as("the sample minutes never say " + NOTHING).isEmpty();
            assertThat(rows(shape.query("harbor"))).as("the shape finds Harbor passages").isNotEmpty()
                    .anySatisfy(row -> assertThat(value(row, shape == Shape.GROUP_BY ? "m" : shape == Shape.README ? "heading" : "p")).isNotNull());
            List<JsonNode> rows = rows(shape.query(NOTHING));
            if (shape == Shape.OPTIONAL) {
                assertThat(rows).hasSize(rows(PREFIXES + "SELECT ?m WHERE { ?m a mg:Meeting ; dcterms:date ?d }").size())
                        .allSatisfy(row -> assertThat(value(row, "p")).isNull());
            } else {
                assertThat(rows).isEmpty();
            }
        }

        @Test
        @DisplayName("a COUNT over no hits is one row saying 0")
        void countIsZero() {
            List<JsonNode> rows = rows(PREFIXES + "SELECT (COUNT(?p) AS ?n) WHERE { (?p) mg:search \"" + NOTHING
                    + "\" . ?p mg:inMeeting ?m ; mg:heading ?h }");
            assertThat(rows).singleElement().satisfies(row -> assertThat(value(row, "n")).isEqualTo("0"));
        }
    }

    @Nested
    @DisplayName("bad arguments are a 400 naming the problem")
    class BadArguments {

        private void assertBadRequest(String where, String expectedDetail) {
            HttpResponse<String> response = post(PREFIXES + "SELECT * WHERE { " + where + " }");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            try {
                assertThat(JSON.readTree(response.body()).path("detail").asText()).startsWith("mg:search: ").contains(expectedDetail);
            } catch (IOException e) {
                throw new AssertionError("Not a JSON error: " + response.body(), e);
            }
        }

        @Test
        @DisplayName("no query string")
        void noString() {
            assertBadRequest("?p mg:search (20)", "must be a string");
        }

        @Test
        @DisplayName("a limit that is not a number")
        void limitNotANumber() {
            assertBadRequest("?p mg:search (\"harbor\" \"x\")", "limit) must be a positive integer, not \"x\"");
        }

        @Test
        @DisplayName("a limit of zero")
        void limitZero() {
            assertBadRequest("?p mg:search (\"harbor\" 0)", "at least 1");
        }

        @Test
        @DisplayName("an unknown mode")
        void unknownMode() {
            assertBadRequest("?p mg:search (\"harbor\" 5 \"fuzzy\")", "\"lexical\" or \"hybrid\"");
        }

        @Test
        @DisplayName("an unbound query variable")
        void unboundVariable() {
            assertBadRequest("?p mg:search (?q)", "unbound variable ?q");
        }

        @Test
        @DisplayName("an empty query")
        void emptyQuery() {
            assertBadRequest("?p mg:search \"  \"", "the query is empty");
        }
    }
}
