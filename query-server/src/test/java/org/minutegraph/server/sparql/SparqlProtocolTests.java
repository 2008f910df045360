package org.minutegraph.server.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minutegraph.server.web.MinutegraphServer;

/** The SPARQL endpoint over real HTTP: request forms, formats, negotiation, refusals and limits. */
@DisplayName("SPARQL protocol endpoint")
class SparqlProtocolTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MEETINGS = "PREFIX mg: <https://w3id.org/minutegraph#> SELECT ?m WHERE { ?m a mg:Meeting } ORDER BY ?m";
    private static final String CONSTRUCT_SERIES = "PREFIX mg: <https://w3id.org/minutegraph#> "
            + "CONSTRUCT { ?s mg:slug ?slug } WHERE { ?s a mg:Series ; mg:slug ?slug }";

    private static DatasetGraph dataset;
    private static MinutegraphServer server;
    // HTTP/1.1 so that concurrent requests use separate connections, as browsers and notebooks do.
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() {
        dataset = TestDatasets.minutesFixture();
        server = MinutegraphServer.create().dataset(dataset).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static String sparqlUrl() {
        return server.uri().resolve("/sparql").toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> get(String pathAndQuery, String accept) {
        HttpRequest.Builder builder = TestDatasets.request(server.uri(), pathAndQuery).GET();
        if (accept != null) {
            builder.header("Accept", accept);
        }
        return TestDatasets.send(CLIENT, builder.build());
    }

    private static HttpResponse<String> post(String path, String contentType, byte[] body) {
        HttpRequest.Builder builder = TestDatasets.request(server.uri(), path).POST(BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return TestDatasets.send(CLIENT, builder.build());
    }

    private static HttpResponse<String> query(String query, String accept) {
        return get("/sparql?query=" + encode(query), accept);
    }

    private static String mediaType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
    }

    private static JsonNode error(HttpResponse<String> response) throws Exception {
        assertThat(mediaType(response)).isEqualTo("application/json");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("detail").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("at org.", "Exception:");
        return body;
    }

    private static int meetingCount() {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.create().query(MEETINGS).dataset(
                    org.apache.jena.query.DatasetFactory.wrap(dataset)).set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true).build()) {
                return ResultSetFormatter.consume(exec.execSelect());
            }
        });
    }

    @Nested
    @DisplayName("request forms")
    class RequestForms {

        @Test
        @DisplayName("Jena's RDFConnection reads SELECT, ASK and CONSTRUCT answers")
        void rdfConnection() {
            try (RDFConnection conn = RDFConnection.connect(sparqlUrl())) {
                List<String> meetings = new java.util.ArrayList<>();
                conn.querySelect(MEETINGS, row -> meetings.add(row.getResource("m").getURI()));
                assertThat(meetings).hasSize(meetingCount()).hasSize(5)
                        .contains("https://w3id.org/minutegraph/id/meeting/container/20230220");
                assertThat(conn.queryAsk("ASK { ?s <https://w3id.org/minutegraph#handle> \"berendt\" }")).isTrue();
                Model series = conn.queryConstruct(CONSTRUCT_SERIES);
                assertThat(series.size()).isEqualTo(3);
            }
        }

        @Test
        @DisplayName("the default graph is the union of the named graphs")
        void unionDefaultGraph() {
            HttpResponse<String> response = query(MEETINGS, "text/csv");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body().lines().skip(1)).hasSize(5);
        }

        @Test
        @DisplayName("POST as form and POST as query body give the same answer as GET")
        void postForms() {
            String expected = query(MEETINGS, "text/csv").body();
            HttpResponse<String> form = post("/sparql", "application/x-www-form-urlencoded",
                    ("query=" + encode(MEETINGS)).getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> direct = post("/sparql", "application/sparql-query; charset=utf-8",
                    MEETINGS.getBytes(StandardCharsets.UTF_8));
            assertThat(form.statusCode()).isEqualTo(200);
            assertThat(direct.statusCode()).isEqualTo(200);
            assertThat(TestDatasets.send(CLIENT, TestDatasets.request(server.uri(), "/sparql").header("Accept", "text/csv")
                    .header("Content-Type", "application/sparql-query").POST(BodyPublishers.ofString(MEETINGS)).build()).body())
                    .isEqualTo(expected);
            try (QueryExecution exec = QueryExecutionHTTP.service(sparqlUrl()).query(MEETINGS)
                    .sendMode(QuerySendMode.asPostForm).build()) {
                assertThat(ResultSetFormatter.consume(exec.execSelect())).isEqualTo(5);
            }
        }

        @Test
        @DisplayName("default-graph-uri picks the graphs that make up the default graph")
        void defaultGraphUri() {
            String graph = "https://w3id.org/minutegraph/id/graph/iaas/20230301.md";
            HttpResponse<String> response = get("/sparql?query=" + encode(MEETINGS) + "&default-graph-uri=" + encode(graph), "text/csv");
            assertThat(response.body().lines().skip(1).toList()).containsExactly("https://w3id.org/minutegraph/id/meeting/iaas/20230301");
        }

        @Test
        @DisplayName("named-graph-uri limits which graphs GRAPH can see")
        void namedGraphUri() {
            String graph = "https://w3id.org/minutegraph/id/graph/container/20230306.md";
            String q = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }";
            HttpResponse<String> response = get("/sparql?query=" + encode(q) + "&named-graph-uri=" + encode(graph), "text/csv");
            assertThat(response.body().lines().skip(1).toList()).containsExactly(graph);
        }
    }

    @Nested
    @DisplayName("result formats and content negotiation")
    class Formats {

        @Test
        @DisplayName("SELECT answers in JSON, XML, CSV and TSV, each readable")
        void selectFormats() {
            for (Lang lang : List.of(ResultSetLang.RS_JSON, ResultSetLang.RS_XML, ResultSetLang.RS_CSV, ResultSetLang.RS_TSV)) {
                String type = lang.getContentType().getContentTypeStr();
                HttpResponse<String> response = query(MEETINGS, type);
                assertThat(mediaType(response)).isEqualTo(type);
                ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), lang);
                assertThat(ResultSetFormatter.consume(results)).as(type).isEqualTo(5);
            }
        }

        @Test
        @DisplayName("CONSTRUCT answers in Turtle, N-Triples, JSON-LD and RDF/XML, each readable")
        void graphFormats() {
            for (String type : List.of("text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml")) {
                HttpResponse<String> response = query(CONSTRUCT_SERIES, type);
                assertThat(mediaType(response)).isEqualTo(type);
                Graph graph = GraphFactory.createDefaultGraph();
                RDFParser.fromString(response.body(), RDFLanguages.contentTypeToLang(type)).parse(graph);
                assertThat(graph.size()).as(type).isEqualTo(3);
            }
        }

        @Test
        @DisplayName("*/* gets JSON results and Turtle graphs")
        void wildcard() {
            assertThat(mediaType(query(MEETINGS, "*/*"))).isEqualTo("application/sparql-results+json");
            assertThat(mediaType(query(CONSTRUCT_SERIES, "*/*"))).isEqualTo("text/turtle");
            assertThat(mediaType(query("DESCRIBE <https://w3id.org/minutegraph/id/person/berendt>", null))).isEqualTo("text/turtle");
        }

        @Test
        @DisplayName("q-values decide, and q=0 excludes a type")
        void qualities() {
            assertThat(mediaType(query(MEETINGS, "text/csv;q=0.5, application/sparql-results+xml;q=0.9")))
                    .isEqualTo("application/sparql-results+xml");
            assertThat(mediaType(query(MEETINGS, "application/sparql-results+json;q=0, text/tab-separated-values;q=0.3, text/csv;q=0.2")))
                    .isEqualTo("text/tab-separated-values");
        }

        @Test
        @DisplayName("format= overrides the Accept header, as in Fuseki")
        void formatParameter() {
            assertThat(mediaType(get("/sparql?format=csv&query=" + encode(MEETINGS), "application/sparql-results+json")))
                    .isEqualTo("text/csv");
            assertThat(mediaType(get("/sparql?format=nt&query=" + encode(CONSTRUCT_SERIES), "text/turtle")))
                    .isEqualTo("application/n-triples");
        }

        @Test
        @DisplayName("nothing acceptable is a 406 with a JSON error naming the types on offer")
        void notAcceptable() throws Exception {
            HttpResponse<String> response = query(MEETINGS, "image/png");
            assertThat(response.statusCode()).isEqualTo(406);
            assertThat(error(response).get("detail").asText()).contains("text/csv");
            assertThat(query(CONSTRUCT_SERIES, "application/sparql-results+json").statusCode()).isEqualTo(406);
            assertThat(get("/sparql?format=pdf&query=" + encode(MEETINGS), null).statusCode()).isEqualTo(406);
        }
    }

    @Nested
    @DisplayName("read-only")
    class ReadOnly {

        @Test
        @DisplayName("every way of sending an update is refused and nothing changes")
        void updatesRefused() throws Exception {
            long before = TestDatasets.quadCount(dataset);
            String update = "CLEAR ALL";
            assertThat(post("/sparql", "application/sparql-update", update.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(403);
            assertThat(post("/sparql", "application/x-www-form-urlencoded", ("update=" + encode(update)).getBytes(StandardCharsets.UTF_8))
                    .statusCode()).isEqualTo(403);
            assertThat(get("/sparql?update=" + encode(update), null).statusCode()).isEqualTo(403);
            assertThat(post("/update", "application/sparql-update", update.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(403);
            assertThat(post("/sparql/update", "application/sparql-update", update.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(403);
            assertThat(error(post("/update", "application/sparql-update", update.getBytes(StandardCharsets.UTF_8))).get("error").asText())
                    .isEqualTo("read_only");
            assertThat(post("/data", "text/turtle", "<a> <b> <c> .".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(404);
            HttpResponse<String> put = TestDatasets.send(CLIENT, TestDatasets.request(server.uri(), "/sparql?graph=default")
                    .header("Content-Type", "text/turtle").PUT(BodyPublishers.ofString("<a> <b> <c> .")).build());
            assertThat(put.statusCode()).isEqualTo(405);
            try (RDFConnection conn = RDFConnection.connect(sparqlUrl())) {
                assertThatThrownBy(() -> conn.update(update)).hasMessageContaining("403");
            }
            assertThat(TestDatasets.quadCount(dataset)).isEqualTo(before);
        }

        @Test
        @DisplayName("SERVICE anywhere, LOAD and other updates sent as queries are a 400 with a reason, and nothing is logged")
        void federationAndUpdatesRefused() throws Exception {
            Map<String, String> refused = new LinkedHashMap<>();
            refused.put("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "service_not_allowed");
            refused.put("SELECT * WHERE { SERVICE SILENT <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "service_not_allowed");
            refused.put("SELECT ?s WHERE { { SELECT ?s WHERE { SERVICE <urn:x:endpoint> { ?s ?p ?o } } } }", "service_not_allowed");
            refused.put("ASK { ?s ?p ?o FILTER EXISTS { SERVICE <http://example.org/sparql> { ?s ?p ?o } } }", "service_not_allowed");
            refused.put("LOAD <http://example.org/data.ttl>", "query_syntax");
            refused.put("DROP ALL", "query_syntax");
            refused.put("CREATE GRAPH <urn:g>", "query_syntax");
            refused.put("DELETE WHERE { ?s ?p ?o }", "query_syntax");
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            PrintStream stderr = System.err;
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            try {
                refused.forEach((text, code) -> {
                    for (HttpResponse<String> response : List.of(query(text, null),
                            post("/sparql", "application/sparql-query", text.getBytes(StandardCharsets.UTF_8)))) {
                        assertThat(response.statusCode()).as(text).isEqualTo(400);
                        assertThat(response.body()).as(text).doesNotContain("\tat ", "Exception");
                        try {
                            JsonNode error = error(response);
                            assertThat(error.get("error").asText()).as(text).isEqualTo(code);
                            assertThat(error.get("detail").asText()).as(text)
                                    .contains(code.equals("service_not_allowed") ? "SERVICE <" : "SPARQL Update");
                        } catch (Exception e) {
                            throw new AssertionError(text + ": " + response.body(), e);
                        }
                    }
                });
            } finally {
                System.setErr(stderr);
            }
            assertThat(log.toString(StandardCharsets.UTF_8)).doesNotContain("ERROR", "Exception", "\tat ");
        }

        @Test
        @DisplayName("an update sent as a query is a 400 that says it is an update")
        void updateAsQuery() throws Exception {
            HttpResponse<String> response = query("INSERT DATA { <urn:a> <urn:b> <urn:c> }", null);
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(error(response).get("detail").asText()).contains("SPARQL Update");
        }
    }

    @Nested
    @DisplayName("bad input")
    class BadInput {

        @Test
        @DisplayName("a syntax error is a 400 carrying the parser's message")
        void syntaxError() throws Exception {
            String broken = "SELECT ?s WHERE { ?s ?p }";
            String parserMessage = null;
            try {
                QueryFactory.create(broken);
            } catch (QueryParseException e) {
                parserMessage = e.getMessage();
            }
            HttpResponse<String> response = query(broken, null);
            assertThat(response.statusCode()).isEqualTo(400);
            JsonNode error = error(response);
            assertThat(error.get("error").asText()).isEqualTo("query_syntax");
            assertThat(error.get("detail").asText()).contains(parserMessage);
        }

        @Test
        @DisplayName("a missing query is a 400")
        void missingQuery() throws Exception {
            HttpResponse<String> viaGet = get("/sparql?default-graph-uri=" + encode("urn:x"), null);
            assertThat(viaGet.statusCode()).isEqualTo(400);
            assertThat(error(viaGet).get("error").asText()).isEqualTo("missing_query");
            assertThat(post("/sparql", "application/x-www-form-urlencoded", "timeout=1".getBytes(StandardCharsets.UTF_8)).statusCode())
                    .isEqualTo(400);
        }

        @Test
        @DisplayName("bytes that are not UTF-8 are a 400, in a body or in the URL")
        void invalidUtf8() throws Exception {
            byte[] latin1 = "SELECT * WHERE { ?s ?p \"caf\u00e9\" }".getBytes(StandardCharsets.ISO_8859_1);
            HttpResponse<String> body = post("/sparql", "application/sparql-query", latin1);
            assertThat(body.statusCode()).isEqualTo(400);
            assertThat(error(body).get("error").asText()).isEqualTo("invalid_encoding");
            assertThat(get("/sparql?query=ASK%20%7B%7D%C3%28", null).statusCode()).isEqualTo(400);
            assertThat(post("/sparql", "application/sparql-query; charset=iso-8859-1", latin1).statusCode()).isEqualTo(415);
        }

        @Test
        @DisplayName("a POST without a content type, or with another one, is a 415")
        void mediaTypes() {
            assertThat(post("/sparql", null, MEETINGS.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(415);
            assertThat(post("/sparql", "text/plain", MEETINGS.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(415);
        }
    }

    @Nested
    @DisplayName("query size")
    class QuerySize {

        private static final int KB = 1024;

        /** A COUNT over a VALUES list of IRIs, at least {@code bytes} long; the answer is the list's length. */
        private static String valuesQuery(int bytes) {
            StringBuilder query = new StringBuilder("SELECT (COUNT(?item) AS ?n) WHERE { VALUES ?item {");
            for (int i = 0; query.length() < bytes; i++) {
                query.append(" <https://w3id.org/minutegraph/id/item/").append(i).append('>');
            }
            return query.append(" } }").toString();
        }

        private static long items(String query) {
            return query.chars().filter(c -> c == '<').count();
        }

        private static long count(HttpResponse<String> response) throws Exception {
            assertThat(response.statusCode()).as(response.body().substring(0, Math.min(300, response.body().length()))).isEqualTo(200);
            return JSON.readTree(response.body()).path("results").path("bindings").get(0).path("n").path("value").asLong();
        }

        @Test
        @DisplayName("a 100 KB VALUES query is answered by GET, by form POST and as a query body")
        void hundredKilobytes() throws Exception {
            String query = valuesQuery(100 * KB);
            assertThat(count(query(query, "application/sparql-results+json"))).isEqualTo(items(query));
            assertThat(count(post("/sparql?format=json", "application/x-www-form-urlencoded",
                    ("query=" + encode(query)).getBytes(StandardCharsets.UTF_8)))).isEqualTo(items(query));
            assertThat(count(post("/sparql?format=json", "application/sparql-query", query.getBytes(StandardCharsets.UTF_8))))
                    .isEqualTo(items(query));
        }

        @Test
        @DisplayName("a 900 KB query is answered as a query body and as a form")
        void nineHundredKilobytes() throws Exception {
            String query = valuesQuery(900 * KB);
            assertThat(count(post("/sparql?format=json", "application/sparql-query", query.getBytes(StandardCharsets.UTF_8))))
                    .isEqualTo(items(query));
            assertThat(count(post("/sparql?format=json", "application/x-www-form-urlencoded",
                    ("query=" + encode(query)).getBytes(StandardCharsets.UTF_8)))).isEqualTo(items(query));
        }

        @Test
        @DisplayName("a 2 MB query is a 413 that gives the limit, however it is sent")
        void twoMegabytes() throws Exception {
            String query = valuesQuery(2 * KB * KB);
            List<HttpResponse<String>> refusals = List.of(
                    post("/sparql", "application/sparql-query", query.getBytes(StandardCharsets.UTF_8)),
                    post("/sparql", "application/x-www-form-urlencoded", ("query=" + encode(query)).getBytes(StandardCharsets.UTF_8)),
                    post("/sparql", "application/x-www-form-urlencoded", ("query=" + query.replace(' ', '+'))
                            .replace("#", "%23").getBytes(StandardCharsets.UTF_8)));
            for (HttpResponse<String> response : refusals) {
                assertThat(response.statusCode()).isEqualTo(413);
                JsonNode error = error(response);
                assertThat(error.get("error").asText()).isEqualTo("query_too_large");
                assertThat(error.get("detail").asText()).contains(String.valueOf(SparqlConfig.DEFAULT_MAX_QUERY_BYTES));
            }
        }

        @Test
        @DisplayName("a GET whose URL is longer than the server reads is refused with a hint to POST")
        void urlTooLong() throws Exception {
            HttpResponse<String> response = query(valuesQuery(600 * KB), "text/html");
            assertThat(response.statusCode()).isEqualTo(414);
            JsonNode error = error(response);
            assertThat(error.get("error").asText()).isEqualTo("request_too_large");
            assertThat(error.get("detail").asText()).contains("by POST");
        }
    }

    @Nested
    @DisplayName("browsers and service description")
    class Discovery {

        @Test
        @DisplayName("CORS is off unless configured: another origin's page gets no Access-Control-Allow-Origin")
        void noCorsByDefault() {
            HttpResponse<String> response = TestDatasets.send(CLIENT, TestDatasets.request(server.uri(), "/sparql?query=" + encode(MEETINGS))
                    .header("Origin", "https://notebook.example").GET().build());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }

        @Test
        @DisplayName("GET /sparql asking for RDF returns the service description")
        void serviceDescription() {
            HttpResponse<String> response = get("/sparql", "text/turtle");
            assertThat(response.statusCode()).isEqualTo(200);
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.fromString(response.body(), Lang.TURTLE).parse(graph);
            String sd = ServiceDescription.SD;
            assertThat(graph.find(null, NodeFactory.createURI(sd + "endpoint"), NodeFactory.createURI(sparqlUrl())).hasNext()).isTrue();
            assertThat(graph.contains(Triple.create(org.apache.jena.graph.Node.ANY, NodeFactory.createURI(sd + "supportedLanguage"),
                    NodeFactory.createURI(sd + "SPARQL11Query")))).isTrue();
            assertThat(graph.contains(Triple.create(org.apache.jena.graph.Node.ANY, NodeFactory.createURI(sd + "feature"),
                    NodeFactory.createURI(sd + "UnionDefaultGraph")))).isTrue();
            assertThat(graph.find(null, NodeFactory.createURI(sd + "resultFormat"), null).toList()).hasSize(8);
            assertThat(graph.find(null, NodeFactory.createURI(sd + "defaultDataset"), null).hasNext()).isTrue();
        }

        @Test
        @DisplayName("a browser gets the YASGUI page, loading scripts from the jar and offering the examples")
        void queryPage() {
            HttpResponse<String> response = get("/sparql", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(mediaType(response)).isEqualTo("text/html");
            Document page = Jsoup.parse(response.body());
            String script = page.select("script[src]").attr("src");
            assertThat(script).startsWith("/webjars/").endsWith("yasgui.min.js");
            assertThat(page.select("link[rel=stylesheet]").attr("href")).startsWith("/webjars/").endsWith("yasgui.min.css");
            assertThat(get(script, null).statusCode()).isEqualTo(200);
            assertThat(get(page.select("link[rel=stylesheet]").attr("href"), null).statusCode()).isEqualTo(200);
            assertThat(page.select("#example-select option[value~=\\d+]")).hasSize(ExampleQueries.load().size());
            assertThat(page.select("#examples-list pre").first().text()).isEqualTo(ExampleQueries.load().getFirst().query().strip());
            assertThat(page.select("#endpoint").text()).isEqualTo("/sparql");
        }

        @Test
        @DisplayName("the page escapes what it shows")
        void escaping() {
            assertThat(org.minutegraph.server.web.http.Html.text("<script>\"a\" & 'b'</script>"))
                    .isEqualTo("&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;");
            String html = QueryPage.render("/sparql", List.of(new ExampleQuery("x.rq", "A </script> title",
                    "# A </script> title\nSELECT * WHERE { ?s ?p \"</script><b>\" }")));
            assertThat(Jsoup.parse(html).select("script:not([src])").first().data()).doesNotContain("</script>");
            assertThat(html).doesNotContain("<b>");
        }
    }

    @Nested
    @DisplayName("limits")
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Limits {

        private static final int TRIPLES = 50_000;
        private DatasetGraph big;
        private MinutegraphServer limited;

        @BeforeAll
        void startLimited() {
            big = TDB2Factory.createDataset().asDatasetGraph();
            Txn.executeWrite(big, () -> {
                var graph = NodeFactory.createURI("urn:graph:generated");
                var p = NodeFactory.createURI("http://example.org/p");
                for (int i = 0; i < TRIPLES; i++) {
                    big.add(graph, NodeFactory.createURI("http://example.org/s" + i), p, NodeFactory.createLiteralString("value " + i));
                }
            });
            limited = MinutegraphServer.create().dataset(big).port(0)
                    .sparql(SparqlConfig.defaults().withMaxResults(1000).withTimeout(Duration.ofSeconds(5))).build().start();
        }

        @AfterAll
        void stopLimited() {
            limited.stop();
        }

        @Test
        @DisplayName("a slow query is stopped at its timeout with a 503, while other requests are served")
        void timeout() throws Exception {
            String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a <http://example.org/p> ?x . ?b <http://example.org/p> ?y "
                    + "FILTER(CONTAINS(CONCAT(STR(?x), STR(?y)), \"no such text\")) }";
            HttpRequest slowRequest = HttpRequest.newBuilder(limited.uri().resolve("/sparql?timeout=1&query=" + encode(slow))).build();
            // Warm up first: the claim is about a running server, not about the JVM's first class loading.
            HttpResponse<String> warmUp = TestDatasets.send(CLIENT, HttpRequest.newBuilder(
                    limited.uri().resolve("/sparql?timeout=200ms&query=" + encode(slow))).build());
            assertThat(warmUp.statusCode()).isEqualTo(503);
            long timeoutsBefore = timeouts();
            CompletableFuture<HttpResponse<String>> slowAnswer = CLIENT.sendAsync(slowRequest, HttpResponse.BodyHandlers.ofString());
            Thread.sleep(200);
            HttpResponse<String> quick = TestDatasets.send(CLIENT, HttpRequest.newBuilder(
                    limited.uri().resolve("/sparql?query=" + encode("ASK { ?s ?p ?o }"))).build());
            assertThat(quick.statusCode()).isEqualTo(200);
            assertThat(slowAnswer.isDone()).as("the slow query is still running while the quick one was answered").isFalse();

            HttpResponse<String> slowResponse = slowAnswer.get(10, TimeUnit.SECONDS);
            assertThat(slowResponse.statusCode()).isEqualTo(503);
            JsonNode error = JSON.readTree(slowResponse.body());
            assertThat(error.get("error").asText()).isEqualTo("timeout");
            assertThat(error.get("detail").asText()).contains("Query exceeded 1 s");
            assertThat(timeouts()).isEqualTo(timeoutsBefore + 1);
        }

        private long timeouts() {
            HttpResponse<String> metrics = TestDatasets.send(CLIENT, HttpRequest.newBuilder(limited.uri().resolve("/metrics")).build());
            return metrics.body().lines().filter(line -> line.startsWith("minutegraph_sparql_timeouts_total "))
                    .mapToLong(line -> Long.parseLong(line.substring(line.indexOf(' ') + 1))).findFirst().orElseThrow();
        }

        @Test
        @DisplayName("an answer over the result ceiling is refused whole, not truncated")
        void resultCeiling() throws Exception {
            HttpResponse<String> response = TestDatasets.send(CLIENT, HttpRequest.newBuilder(
                    limited.uri().resolve("/sparql?query=" + encode("SELECT * WHERE { ?s ?p ?o }"))).build());
            assertThat(response.statusCode()).isEqualTo(400);
            JsonNode error = JSON.readTree(response.body());
            assertThat(error.get("error").asText()).isEqualTo("result_too_large");
            assertThat(error.get("detail").asText()).contains("1000");
            HttpResponse<String> limitedQuery = TestDatasets.send(CLIENT, HttpRequest.newBuilder(
                    limited.uri().resolve("/sparql?query=" + encode("SELECT * WHERE { ?s ?p ?o } LIMIT 1000"))).build());
            assertThat(limitedQuery.statusCode()).isEqualTo(200);
        }
    }
}
