package org.minutegraph.server.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.minutegraph.server.web.MinutegraphServer;

/**
 * The W3C SPARQL 1.1 Protocol test suite, driven over real HTTP from protocol-tests.json: the 20
 * query tests pass as written; the 14 update tests are refused with a 4xx and change nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("W3C SPARQL 1.1 Protocol tests")
class W3cProtocolTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> RESULT_TYPES = Set.of("application/sparql-results+json",
            "application/sparql-results+xml", "text/csv", "text/tab-separated-values");
    private static final Set<String> RDF_TYPES = Set.of("application/rdf+xml", "text/turtle", "application/n-triples");

    private Path suite;
    private DatasetGraph dataset;
    private MinutegraphServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    void start() {
        String repo = System.getProperty("minutegraph.repo", ".");
        suite = Path.of(repo, "..", "shared", "conformance", "sparql11-protocol").normalize();
        Assumptions.assumeTrue(Files.isRegularFile(suite.resolve("protocol-tests.json")),
                "W3C protocol suite not found at " + suite + " (expected ../shared/conformance/sparql11-protocol next to the repository); skipping");
        dataset = TestDatasets.load(suite.resolve("calibration-data.trig"));
        server = MinutegraphServer.create().dataset(dataset).port(0).build().start();
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private List<JsonNode> tests() throws Exception {
        List<JsonNode> tests = new ArrayList<>();
        JSON.readTree(suite.resolve("protocol-tests.json").toFile()).get("tests").forEach(tests::add);
        return tests;
    }

    private static boolean isUpdateTest(JsonNode test) {
        return test.get("id").asText().contains("update");
    }

    @Test
    @DisplayName("the suite has 20 query tests and 14 update tests")
    void suiteShape() throws Exception {
        List<JsonNode> tests = tests();
        assertThat(tests.stream().filter(t -> !isUpdateTest(t))).hasSize(20);
        assertThat(tests.stream().filter(W3cProtocolTests::isUpdateTest)).hasSize(14);
    }

    @TestFactory
    @DisplayName("query tests pass as the suite describes")
    Stream<DynamicTest> queryTests() throws Exception {
        return tests().stream().filter(t -> !isUpdateTest(t))
                .map(test -> DynamicTest.dynamicTest(test.get("id").asText(), () -> {
                    for (JsonNode request : test.get("requests")) {
                        HttpResponse<byte[]> response = send(request);
                        assertExpected(request, response);
                    }
                }));
    }

    @TestFactory
    @DisplayName("update tests are refused with 4xx and change nothing")
    Stream<DynamicTest> updateTests() throws Exception {
        return tests().stream().filter(W3cProtocolTests::isUpdateTest)
                .map(test -> DynamicTest.dynamicTest(test.get("id").asText(), () -> {
                    long before = TestDatasets.quadCount(dataset);
                    Set<String> graphsBefore = graphNames();
                    JsonNode requests = test.get("requests");
                    HttpResponse<byte[]> refused = send(requests.get(0));
                    assertThat(refused.statusCode()).as("update answered %s", body(refused)).isBetween(400, 499);
                    assertThat(JSON.readTree(refused.body()).get("error").asText()).isNotBlank();
                    for (int i = 1; i < requests.size(); i++) {
                        // The follow-up ASK checks for the update's effect, which must be absent.
                        HttpResponse<byte[]> check = send(requests.get(i));
                        assertThat(check.statusCode()).isBetween(200, 299);
                        assertThat(readBoolean(check)).isFalse();
                    }
                    assertThat(TestDatasets.quadCount(dataset)).isEqualTo(before);
                    assertThat(graphNames()).isEqualTo(graphsBefore);
                }));
    }

    private Set<String> graphNames() {
        return Txn.calculateRead(dataset, () -> Set.copyOf(Iter.toList(Iter.map(dataset.listGraphNodes(), n -> n.getURI()))));
    }

    private HttpResponse<byte[]> send(JsonNode request) throws Exception {
        String method = request.get("method").asText();
        HttpRequest.Builder builder = HttpRequest.newBuilder(server.uri().resolve(request.get("absolutePath").asText()));
        for (JsonNode header : request.get("headers")) {
            builder.header(header.get(0).asText(), header.get(1).asText());
        }
        JsonNode body = request.get("body");
        HttpRequest.BodyPublisher publisher = body == null || body.isNull()
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body.asText().getBytes(Charset.forName(request.get("bodyEncoding").asText())));
        builder.method(method, publisher);
        return client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void assertExpected(JsonNode request, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        List<String> classes = new ArrayList<>();
        request.get("expectedStatus").forEach(c -> classes.add(c.asText()));
        assertThat(classes).as("status %d, body %s", status, body(response)).contains((status / 100) + "xx");
        if (status >= 400) {
            return;
        }
        String format = request.get("expectedFormat").isNull() ? null : request.get("expectedFormat").asText();
        String mediaType = mediaType(response);
        if ("boolean".equals(format)) {
            boolean answer = readBoolean(response);
            if (!request.get("expectedBoolean").isNull()) {
                assertThat(answer).isEqualTo(request.get("expectedBoolean").asBoolean());
            }
            assertThat(mediaType).isIn("application/sparql-results+json", "application/sparql-results+xml");
        } else if ("tabular".equals(format)) {
            assertThat(mediaType).isIn(RESULT_TYPES);
            assertThat(ResultSetMgr.read(new ByteArrayInputStream(response.body()), lang(mediaType)).getResultVars()).contains("value");
        } else if ("RDF".equals(format)) {
            assertThat(mediaType).isIn(RDF_TYPES);
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(response.body())).lang(RDFLanguages.contentTypeToLang(mediaType)).parse(graph);
        }
    }

    private static boolean readBoolean(HttpResponse<byte[]> response) {
        return ResultSetMgr.readBoolean(new ByteArrayInputStream(response.body()), lang(mediaType(response)));
    }

    private static Lang lang(String mediaType) {
        return switch (mediaType) {
            case "application/sparql-results+json" -> ResultSetLang.RS_JSON;
            case "application/sparql-results+xml" -> ResultSetLang.RS_XML;
            case "text/csv" -> ResultSetLang.RS_CSV;
            case "text/tab-separated-values" -> ResultSetLang.RS_TSV;
            default -> throw new AssertionError("Not a result set type: " + mediaType);
        };
    }

    private static String mediaType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
    }

    private static String body(HttpResponse<byte[]> response) {
        return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
