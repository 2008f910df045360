package org.minutegraph.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutegraph.server.web.http.BadRequestException;
import org.minutegraph.server.web.http.NotFoundException;
import org.minutegraph.server.web.http.QueryTimeoutException;

@DisplayName("Minutegraph server")
class MinutegraphServerTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    // One sample line of the Prometheus text format: name, optional labels, value.
    private static final Pattern SAMPLE = Pattern.compile(
            "[a-zA-Z_:][a-zA-Z0-9_:]*(\\{([a-zA-Z_][a-zA-Z0-9_]*=\"([^\"\\\\]|\\\\.)*\",?)*\\})? -?([0-9.eE+-]+|NaN|\\+Inf|-Inf)");
    private static final Pattern COMMENT = Pattern.compile("# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]* .+");

    @TempDir
    static Path storeDir;
    private static DatasetGraph dataset;
    private static MinutegraphServer server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        dataset = TDB2Factory.connectDataset(storeDir.toString()).asDatasetGraph();
        Txn.executeWrite(dataset, () -> {
            for (int i = 0; i < 7; i++) {
                dataset.add(NodeFactory.createURI("urn:graph:" + (i % 2)), NodeFactory.createURI("urn:s" + i),
                        NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("o" + i));
            }
        });
        server = MinutegraphServer.create().dataset(dataset).storeDirectory(storeDir).port(0)
                .routes(config -> config.routes.get("/api/boom", ctx -> {
                    throw new IllegalStateException("secret internals at org.example.Hidden");
                }))
                .routes(config -> config.routes.get("/api/slow", ctx -> {
                    throw new QueryTimeoutException("Search exceeded 2 s");
                }))
                .routes(config -> config.routes.get("/api/missing", ctx -> {
                    throw new NotFoundException("No person with handle nobody");
                }))
                .routes(config -> config.routes.get("/api/bad", ctx -> {
                    throw new BadRequestException("q is required");
                }))
                .build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        org.apache.jena.tdb2.sys.TDBInternal.expel(dataset);
    }

    private static HttpResponse<String> get(String path) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(server.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return JSON.readTree(response.body());
    }

    @Test
    @DisplayName("/health says ok and counts the triples of the union graph")
    void health() throws Exception {
        HttpResponse<String> response = get("/health");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("status").asText()).isEqualTo("ok");
        assertThat(body.get("triples").asLong()).isEqualTo(7);
    }

    @Nested
    @DisplayName("/metrics")
    class Metrics {

        @Test
        @DisplayName("every line is Prometheus text: HELP/TYPE comments or samples")
        void format() {
            get("/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8));
            HttpResponse<String> response = get("/metrics");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain; version=0.0.4");
            List<String> lines = response.body().lines().toList();
            assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(
                    SAMPLE.matcher(line).matches() || COMMENT.matcher(line).matches()).as(line).isTrue());
        }

        @Test
        @DisplayName("requests, latencies, queries, rejections and store size are counted")
        void counters() {
            get("/sparql?query=" + URLEncoder.encode("SELECT * WHERE { ?s ?p ?o }", StandardCharsets.UTF_8));
            get("/sparql?query=" + URLEncoder.encode("SELECT * WHERE {", StandardCharsets.UTF_8));
            String body = get("/metrics").body();
            assertThat(value(body, "minutegraph_http_requests_total{route=\"/sparql\",method=\"GET\",status=\"2xx\"}")).isPositive();
            assertThat(value(body, "minutegraph_http_requests_total{route=\"/sparql\",method=\"GET\",status=\"4xx\"}")).isPositive();
            assertThat(value(body, "minutegraph_http_request_duration_seconds_count{route=\"/sparql\"}")).isGreaterThan(1);
            assertThat(value(body, "minutegraph_http_request_duration_seconds_bucket{route=\"/sparql\",le=\"+Inf\"}"))
                    .isEqualTo(value(body, "minutegraph_http_request_duration_seconds_count{route=\"/sparql\"}"));
            assertThat(value(body, "minutegraph_sparql_queries_total{form=\"select\"}")).isPositive();
            assertThat(value(body, "minutegraph_sparql_rejections_total{reason=\"query_syntax\"}")).isPositive();
            assertThat(value(body, "minutegraph_store_triples")).isEqualTo(7);
            assertThat(value(body, "minutegraph_store_bytes")).isPositive();
        }

        private long value(String exposition, String series) {
            return exposition.lines().filter(line -> line.startsWith(series + " "))
                    .map(line -> (long) Double.parseDouble(line.substring(series.length() + 1))).findFirst()
                    .orElseThrow(() -> new AssertionError("No sample " + series + " in\n" + exposition));
        }
    }

    @Nested
    @DisplayName("errors")
    class Errors {

        @Test
        @DisplayName("an unknown path is a 404 with a JSON body")
        void notFound() throws Exception {
            HttpResponse<String> response = get("/no/such/page");
            assertThat(response.statusCode()).isEqualTo(404);
            JsonNode body = json(response);
            assertThat(body.get("error").asText()).isEqualTo("not_found");
            assertThat(body.get("detail").asText()).contains("/no/such/page");
        }

        @Test
        @DisplayName("a wrong method is a 405 with a JSON body")
        void wrongMethod() throws Exception {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(server.uri().resolve("/health"))
                    .DELETE().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(405);
            assertThat(json(response).get("error").asText()).isEqualTo("method_not_allowed");
        }

        @Test
        @DisplayName("typed exceptions from any route module map to their status and error code")
        void typed() throws Exception {
            HttpResponse<String> slow = get("/api/slow");
            assertThat(slow.statusCode()).isEqualTo(503);
            assertThat(json(slow).get("error").asText()).isEqualTo("timeout");
            assertThat(json(slow).get("detail").asText()).isEqualTo("Search exceeded 2 s");
            HttpResponse<String> bad = get("/api/bad");
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(json(bad).get("detail").asText()).isEqualTo("q is required");
            assertThat(bad.headers().firstValue("Access-Control-Allow-Origin")).as("no CORS unless configured").isEmpty();
            HttpResponse<String> missing = get("/api/missing");
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(json(missing).get("detail").asText()).isEqualTo("No person with handle nobody");
        }

        @Test
        @DisplayName("a request Jetty cannot read (a NUL in the method) is a 400 with the same JSON body, whatever the method")
        void unreadableRequest() throws Exception {
            for (String method : List.of("GET\u0000", "\u0000\u0000")) {
                String raw = method + " /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
                String response;
                try (Socket socket = new Socket("127.0.0.1", server.port())) {
                    socket.getOutputStream().write(raw.getBytes(StandardCharsets.ISO_8859_1));
                    response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                }
                assertThat(response).startsWith("HTTP/1.1 400 ").containsIgnoringCase("Content-Type: application/json");
                JsonNode body = JSON.readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
                assertThat(body.get("error").asText()).isEqualTo("bad_request");
                assertThat(body.get("detail").asText()).startsWith("The server could not read this HTTP request: ");
            }
        }

        @Test
        @DisplayName("an unexpected failure is a 500 without a stack trace or the exception's text")
        void unexpected() throws Exception {
            HttpResponse<String> response = get("/api/boom");
            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(json(response).get("error").asText()).isEqualTo("internal_error");
            assertThat(response.body()).doesNotContain("secret", "org.example", "IllegalStateException", "\tat ");
        }
    }

    @Nested
    @DisplayName("configuration")
    class Configuration {

        @Test
        @DisplayName("binds 127.0.0.1 by default, unreachable on other interfaces")
        void loopbackByDefault() throws Exception {
            assertThat(server.host()).isEqualTo("127.0.0.1");
            assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
            Optional<InetAddress> external = NetworkInterface.networkInterfaces()
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                    .findFirst();
            if (external.isPresent()) {
                assertThatThrownBy(() -> {
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress(external.get(), server.port()), 1000);
                    }
                }).isInstanceOf(IOException.class);
            }
        }

        @Test
        @DisplayName("misconfiguration is one exception type that says what to do")
        void misconfiguration() {
            assertThatThrownBy(() -> MinutegraphServer.create().build())
                    .isInstanceOf(ServerConfigException.class).hasMessageContaining("dataset(");
            assertThatThrownBy(() -> MinutegraphServer.create().dataset(dataset).port(70000).build())
                    .isInstanceOf(ServerConfigException.class).hasMessageContaining("0 for any free port");
            assertThatThrownBy(() -> MinutegraphServer.create().dataset(dataset).host(" ").build())
                    .isInstanceOf(ServerConfigException.class).hasMessageContaining("127.0.0.1");
            assertThatThrownBy(() -> MinutegraphServer.create().dataset(dataset).port(server.port()).build().start())
                    .isInstanceOf(ServerConfigException.class).hasMessageContaining(String.valueOf(server.port()));
        }

        @Test
        @DisplayName("a stopped server releases its port and can be stopped again")
        void stopTwice() throws Exception {
            MinutegraphServer other = MinutegraphServer.create().dataset(dataset).port(0).build().start();
            int port = other.port();
            other.close();
            other.stop();
            assertThatThrownBy(() -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                }
            }).isInstanceOf(IOException.class);
        }

        @Test
        @DisplayName("the YASGUI assets are served from the jar")
        void webjars() {
            HttpResponse<String> script = get("/webjars/zazuko__yasgui/4.5.0/build/yasgui.min.js");
            assertThat(script.statusCode()).isEqualTo(200);
            assertThat(script.body().length()).isGreaterThan(100_000);
            assertThat(Files.exists(storeDir)).isTrue();
            assertThat(URI.create(server.uri().toString()).getPort()).isEqualTo(server.port());
        }
    }
}
