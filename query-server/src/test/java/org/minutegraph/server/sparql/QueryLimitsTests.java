package org.minutegraph.server.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minutegraph.ingest.store.StoreLayout;
import org.minutegraph.ingest.store.StoreReader;
import org.minutegraph.ontology.IriScheme;
import org.minutegraph.server.TestStores;
import org.minutegraph.server.web.MinutegraphServer;
import org.minutegraph.server.web.http.BadRequestException;

/**
 * The endpoint's resource limits over real HTTP on a TDB2 dataset: the budget of intermediate
 * results stops cartesian-product queries, the concurrency cap refuses what it cannot run, and a
 * timed-out query really ends.
 */
@DisplayName("SPARQL resource limits")
class QueryLimitsTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final int TRIPLES = 3000;
    private static final String P = "<http://example.org/p>";
    /** Nine million pairs, each tested by the filter: long-running, but nothing survives to be counted. */
    private static final String SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a " + P + " ?x . ?b " + P + " ?y "
            + "FILTER(CONTAINS(CONCAT(STR(?x), STR(?y)), \"no such text\")) }";

    private static DatasetGraph dataset;

    @BeforeAll
    static void load() {
        dataset = TDB2Factory.createDataset().asDatasetGraph();
        Txn.executeWrite(dataset, () -> {
            var graph = NodeFactory.createURI("urn:graph:generated");
            var p = NodeFactory.createURI("http://example.org/p");
            for (int i = 0; i < TRIPLES; i++) {
                dataset.add(graph, NodeFactory.createURI("http://example.org/s" + i), p,
                        NodeFactory.createLiteralString("value " + (i % 100)));
            }
        });
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A GET with a hang guard: the answer must come well within the query timeout plus a margin. */
    private static HttpRequest get(URI base, String pathAndQuery, Duration guard) {
        return HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(guard).GET().build();
    }

    private static long metric(URI base, String sample) {
        HttpResponse<String> metrics = TestDatasets.send(CLIENT, get(base, "/metrics", Duration.ofSeconds(10)));
        return metrics.body().lines().filter(line -> line.startsWith(sample + " "))
                .mapToLong(line -> Long.parseLong(line.substring(line.lastIndexOf(' ') + 1))).findFirst().orElse(0);
    }

    /** Polls {@code /metrics} until the number of running queries is {@code expected}; fails after {@code guard}. */
    private static void awaitRunning(URI base, long expected, Duration guard) throws InterruptedException {
        long deadline = System.nanoTime() + guard.toNanos();
        while (metric(base, "minutegraph_sparql_running_queries") != expected) {
            assertThat(System.nanoTime()).as("%s queries running within %s", expected, guard).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** Runs a SELECT in-process with {@code budget} and no timeout; returns the number of rows. */
    private static long rows(DatasetGraph target, String query, BindingBudget budget) {
        return Txn.calculateRead(target, () -> {
            try (QueryExec exec = QueryExec.dataset(target).query(QueryFactory.create(query))
                    .set(TDB2.symUnionDefaultGraph, true)
                    .set(ARQConstants.sysOpExecutorFactory, budget.executorFor(target)).build()) {
                RowSet rows = exec.select();
                long n = 0;
                for (; rows.hasNext(); rows.next()) {
                    n++;
                }
                return n;
            }
        });
    }

    @Nested
    @DisplayName("the budget of intermediate results")
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Budget {

        private static final long LIMIT = 100_000;
        private static final Duration TIMEOUT = Duration.ofSeconds(5);
        private MinutegraphServer server;

        @BeforeAll
        void start() {
            server = MinutegraphServer.create().dataset(dataset).port(0)
                    .sparql(SparqlConfig.defaults().withTimeout(TIMEOUT).withMaxBindings(LIMIT)).build().start();
        }

        @AfterAll
        void stop() {
            server.stop();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "SELECT (GROUP_CONCAT(?o) AS ?x) WHERE { ?s ?p ?o . ?a ?b ?c }",
                "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f",
                "SELECT DISTINCT ?c ?f WHERE { ?a ?b ?c . ?d ?e ?f }",
                "SELECT ?c ?f (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f } GROUP BY ?c ?f",
                "SELECT DISTINCT ?x WHERE { ?a ?b ?c . ?d ?e ?f BIND(CONCAT(STR(?a), STR(?c), STR(?d), STR(?f)) AS ?x) }",
                "SELECT (COUNT(*) AS ?n) WHERE { { SELECT DISTINCT ?a ?d WHERE { ?a ?b ?c . ?d ?e ?f } } }",
                "CONSTRUCT { ?a ?b ?f } WHERE { ?a ?b ?c . ?d ?e ?f }"})
        @DisplayName("a cartesian product is stopped with 400 query_too_expensive, counted in /metrics")
        void cartesianProductIsStopped(String query) throws Exception {
            String rejections = "minutegraph_sparql_rejections_total{reason=\"query_too_expensive\"}";
            long before = metric(server.uri(), rejections);
            HttpResponse<String> response = TestDatasets.send(CLIENT,
                    get(server.uri(), "/sparql?query=" + encode(query), TIMEOUT.plusSeconds(5)));
            assertThat(response.statusCode()).isEqualTo(400);
            JsonNode error = JSON.readTree(response.body());
            assertThat(error.get("error").asText()).isEqualTo("query_too_expensive");
            assertThat(error.get("detail").asText()).contains("100,000", "cartesian product");
            assertThat(metric(server.uri(), rejections)).isEqualTo(before + 1);
            assertThat(metric(server.uri(), "minutegraph_sparql_timeouts_total")).isZero();
        }

        @Test
        @DisplayName("queries within the budget answer as before: a full scan, a grouping, a sorted page")
        void ordinaryQueriesAnswer() throws Exception {
            JsonNode count = select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
            assertThat(count.at("/results/bindings/0/n/value").asLong()).isEqualTo(TRIPLES);
            JsonNode groups = select("SELECT ?o (COUNT(?s) AS ?n) WHERE { ?s " + P + " ?o } GROUP BY ?o");
            assertThat(groups.at("/results/bindings").size()).isEqualTo(100);
            JsonNode page = select("SELECT ?s WHERE { ?s " + P + " \"value 7\" } ORDER BY ?s LIMIT 3");
            assertThat(page.at("/results/bindings/0/s/value").asText()).isEqualTo("http://example.org/s1007");
        }

        private JsonNode select(String query) throws Exception {
            HttpResponse<String> response = TestDatasets.send(CLIENT, HttpRequest.newBuilder(
                    server.uri().resolve("/sparql?query=" + encode(query))).header("Accept", "application/sparql-results+json")
                    .timeout(TIMEOUT.plusSeconds(5)).build());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return JSON.readTree(response.body());
        }

        @Test
        @DisplayName("every stage's output is counted, on TDB2's own executor")
        void countsEveryStage() {
            String query = "SELECT ?s WHERE { ?s " + P + " ?o } ORDER BY ?s";
            BindingBudget roomy = new BindingBudget(10L * TRIPLES);
            assertThat(rows(query, roomy)).isEqualTo(TRIPLES);
            // The pattern match, the sort and the projection each pass every row on.
            assertThat(roomy.produced()).isBetween(2L * TRIPLES, 4L * TRIPLES);
            assertThatThrownBy(() -> rows(query, new BindingBudget(TRIPLES)))
                    .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.error()).isEqualTo("query_too_expensive"));
        }

        @Test
        @DisplayName("text that GROUP_CONCAT or an expression builds counts too: fifty characters as one result")
        void builtTextCounts() {
            String longText = "CONCAT(" + String.join(", ", java.util.Collections.nCopies(8, "STR(?s)")) + ")";
            String counted = "SELECT (COUNT(?s) AS ?n) WHERE { ?s " + P + " ?o }";
            String concatenated = "SELECT (GROUP_CONCAT(" + longText + ") AS ?all) WHERE { ?s " + P + " ?o }";
            String bound = "SELECT ?text WHERE { ?s " + P + " ?o BIND(" + longText + " AS ?text) }";
            long limit = 5L * TRIPLES;
            assertThat(rows(counted, new BindingBudget(limit))).isEqualTo(1);
            // About 180 characters a row: some 3.6 results each, over 3000 rows.
            for (String query : List.of(concatenated, bound)) {
                assertThatThrownBy(() -> rows(query, new BindingBudget(limit))).as(query)
                        .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.error()).isEqualTo("query_too_expensive"));
            }
        }

        private long rows(String query, BindingBudget budget) {
            return QueryLimitsTests.rows(dataset, query, budget);
        }
    }

    @Nested
    @DisplayName("on the real corpus, with the default limits")
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class RealCorpus {

        private StoreReader store;
        private MinutegraphServer server;

        @BeforeAll
        void start() {
            store = StoreReader.open(new StoreLayout(TestStores.realLexical()), IriScheme.defaults());
            server = MinutegraphServer.create().dataset(store.graph().dataset().asDatasetGraph()).port(0).build().start();
        }

        @AfterAll
        void stop() {
            if (server != null) {
                server.stop();
            }
            if (store != null) {
                store.close();
            }
        }

        @Test
        @DisplayName("every example query stays well within the default budget (no timeout: that depends on the machine)")
        void examplesStayWithinTheBudget() {
            DatasetGraph real = store.graph().dataset().asDatasetGraph();
            for (ExampleQuery example : ExampleQueries.load()) {
                if (example.query().contains("mg:search")) {
                    continue; // needs the search index in the query context: SearchFunctionTests
                }
                BindingBudget budget = new BindingBudget(SparqlConfig.DEFAULT_MAX_BINDINGS);
                rows(real, example.query(), budget);
                assertThat(budget.produced()).as(example.name()).isLessThan(SparqlConfig.DEFAULT_MAX_BINDINGS / 2);
            }
        }

        @Test
        @DisplayName("a cartesian GROUP_CONCAT is stopped with 400 query_too_expensive, not at the timeout")
        void cartesianGroupConcatIsStopped() throws Exception {
            HttpResponse<String> response = TestDatasets.send(CLIENT, get(server.uri(),
                    "/sparql?query=" + encode("SELECT (GROUP_CONCAT(?o) AS ?x) WHERE { ?s ?p ?o . ?a ?b ?c }"),
                    SparqlConfig.DEFAULT_TIMEOUT.plusSeconds(5)));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).get("error").asText()).isEqualTo("query_too_expensive");
        }
    }

    @Nested
    @DisplayName("the concurrency cap")
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Cap {

        private static final int SLOTS = 2;
        private static final Duration TIMEOUT = Duration.ofSeconds(2);
        private MinutegraphServer server;

        @BeforeAll
        void start() {
            server = MinutegraphServer.create().dataset(dataset).port(0)
                    .sparql(SparqlConfig.defaults().withTimeout(TIMEOUT).withMaxConcurrentQueries(SLOTS)).build().start();
        }

        @AfterAll
        void stop() {
            server.stop();
        }

        @Test
        @DisplayName("with every slot taken the next query gets 503 busy with Retry-After, /health still answers,"
                + " and the slow queries end at their timeout")
        void refusesBeyondTheCap() throws Exception {
            Duration guard = TIMEOUT.plusSeconds(5);
            long busyBefore = metric(server.uri(), "minutegraph_sparql_rejections_total{reason=\"busy\"}");
            List<CompletableFuture<HttpResponse<String>>> slow = java.util.stream.IntStream.range(0, SLOTS)
                    .mapToObj(i -> CLIENT.sendAsync(get(server.uri(), "/sparql?query=" + encode(SLOW), guard),
                            HttpResponse.BodyHandlers.ofString()))
                    .toList();
            awaitRunning(server.uri(), SLOTS, guard);

            HttpResponse<String> refused = TestDatasets.send(CLIENT,
                    get(server.uri(), "/sparql?query=" + encode("ASK { ?s ?p ?o }"), guard));
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(JSON.readTree(refused.body()).get("error").asText()).isEqualTo("busy");
            assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                    seconds -> assertThat(Long.parseLong(seconds)).isPositive());
            assertThat(metric(server.uri(), "minutegraph_sparql_rejections_total{reason=\"busy\"}")).isEqualTo(busyBefore + 1);
            HttpResponse<String> health = TestDatasets.send(CLIENT, get(server.uri(), "/health", guard));
            assertThat(health.statusCode()).isEqualTo(200);

            for (CompletableFuture<HttpResponse<String>> answer : slow) {
                HttpResponse<String> response = answer.get(guard.toMillis(), TimeUnit.MILLISECONDS);
                assertThat(response.statusCode()).isEqualTo(503);
                assertThat(JSON.readTree(response.body()).get("error").asText()).isEqualTo("timeout");
            }
            // The queries really ended: their slots are free and an ordinary query runs again.
            awaitRunning(server.uri(), 0, guard);
            HttpResponse<String> again = TestDatasets.send(CLIENT,
                    get(server.uri(), "/sparql?query=" + encode("ASK { ?s ?p ?o }"), guard));
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(again.body()).contains("true");
        }
    }
}
