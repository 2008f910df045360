package org.minutegraph.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which browsers' pages may read the server (CORS) and under which names it answers (the Host
 * check against DNS rebinding), over real sockets that send any Origin and Host.
 */
@DisplayName("HTTP access: origins and host names")
class HttpAccessTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ASK = "/sparql?query=ASK%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D";
    private static final String NOTEBOOK = "https://notebook.example.org";
    private static final String EVIL = "https://evil.example";

    private static DatasetGraph dataset;
    private static MinutegraphServer plain;
    private static MinutegraphServer listed;
    private static MinutegraphServer anyOrigin;
    private static MinutegraphServer proxied;

    @BeforeAll
    static void start() {
        dataset = TDB2Factory.createDataset().asDatasetGraph();
        Txn.executeWrite(dataset, () -> dataset.add(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:s"),
                NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("o")));
        plain = server(HttpAccess.defaults());
        listed = server(HttpAccess.defaults().withCorsOrigins(List.of(NOTEBOOK, "http://localhost:8888/")));
        anyOrigin = server(HttpAccess.defaults().withCorsOrigins(List.of("*")));
        proxied = server(HttpAccess.defaults().withAllowedHosts(List.of("minutes.example.org", "proxy.example.org:8443")));
    }

    @AfterAll
    static void stop() {
        for (MinutegraphServer server : List.of(plain, listed, anyOrigin, proxied)) {
            server.stop();
        }
    }

    private static MinutegraphServer server(HttpAccess access) {
        return MinutegraphServer.create().dataset(dataset).port(0).access(access)
                .routes(config -> config.routes.get("/api/ping", ctx -> ctx.json(Map.of("ok", true))))
                .build().start();
    }

    private static Map<String, String> headers(String host, String... more) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", host);
        headers.put("Accept", "application/json");
        for (int i = 0; i + 1 < more.length; i += 2) {
            headers.put(more[i], more[i + 1]);
        }
        return headers;
    }

    private static Map<String, String> from(MinutegraphServer server, String origin) {
        return headers("localhost:" + server.port(), "Origin", origin);
    }

    private static RawHttp.Response preflight(MinutegraphServer server, String path, String origin) {
        return RawHttp.send(server.port(), "OPTIONS", path, headers("localhost:" + server.port(), "Origin", origin,
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type"));
    }

    @Nested
    @DisplayName("CORS")
    class Cors {

        @Test
        @DisplayName("by default no page from another origin may read anything: no Access-Control-Allow-Origin, no preflight")
        void noneByDefault() {
            for (String path : List.of(ASK, "/api/ping", "/health")) {
                RawHttp.Response response = RawHttp.get(plain.port(), path, from(plain, NOTEBOOK));
                assertThat(response.status()).as(path).isEqualTo(200);
                assertThat(response.header("Access-Control-Allow-Origin")).as(path).isEmpty();
            }
            RawHttp.Response preflight = preflight(plain, "/sparql", NOTEBOOK);
            assertThat(preflight.header("Access-Control-Allow-Origin")).isEmpty();
            assertThat(preflight.header("Access-Control-Allow-Methods")).isEmpty();
        }

        @Test
        @DisplayName("an allow-list lets exactly its origins read /sparql and /api/*, named back with Vary: Origin")
        void allowList() {
            for (String path : List.of(ASK, "/api/ping")) {
                for (String origin : List.of(NOTEBOOK, "http://localhost:8888")) {
                    RawHttp.Response response = RawHttp.get(listed.port(), path, from(listed, origin));
                    assertThat(response.status()).as(path).isEqualTo(200);
                    assertThat(response.header("Access-Control-Allow-Origin")).as(path).contains(origin);
                    assertThat(response.headers().get("vary")).as(path).anySatisfy(v -> assertThat(v).containsIgnoringCase("Origin"));
                }
                for (String origin : List.of(EVIL, "https://notebook.example.org.evil.example", "http://notebook.example.org", "null")) {
                    RawHttp.Response response = RawHttp.get(listed.port(), path, from(listed, origin));
                    assertThat(response.header("Access-Control-Allow-Origin")).as(path + " from " + origin).isEmpty();
                    assertThat(response.status()).as("the same answer, unreadable by the page").isEqualTo(200);
                    assertThat(response.body()).contains("true");
                }
            }
            assertThat(RawHttp.get(listed.port(), "/health", from(listed, NOTEBOOK)).header("Access-Control-Allow-Origin"))
                    .as("only the read endpoints are shared").isEmpty();
        }

        @Test
        @DisplayName("a preflight from a listed origin is answered with the method and headers asked for; from another it is a 403")
        void preflightAnswered() {
            RawHttp.Response allowed = preflight(listed, "/sparql", NOTEBOOK);
            assertThat(allowed.status()).isBetween(200, 204);
            assertThat(allowed.header("Access-Control-Allow-Origin")).contains(NOTEBOOK);
            assertThat(allowed.header("Access-Control-Allow-Methods").orElse("")).contains("POST");
            assertThat(allowed.header("Access-Control-Allow-Headers").orElse("")).containsIgnoringCase("content-type");
            assertThat(preflight(listed, "/api/ping", NOTEBOOK).header("Access-Control-Allow-Origin")).contains(NOTEBOOK);
            RawHttp.Response refused = preflight(listed, "/sparql", EVIL);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.header("Access-Control-Allow-Origin")).isEmpty();
            assertThat(refused.body()).contains("origin_not_allowed", "--cors-origin " + EVIL);
        }

        @Test
        @DisplayName("* given explicitly lets any origin read, errors included")
        void anyWhenAsked() {
            assertThat(RawHttp.get(anyOrigin.port(), ASK, from(anyOrigin, EVIL)).header("Access-Control-Allow-Origin")).contains("*");
            RawHttp.Response error = RawHttp.get(anyOrigin.port(), "/sparql?query=SELECT", from(anyOrigin, EVIL));
            assertThat(error.status()).isEqualTo(400);
            assertThat(error.header("Access-Control-Allow-Origin")).contains("*");
        }

        @Test
        @DisplayName("an origin that is not scheme://host[:port] is refused at configuration, saying what to give")
        void badOrigins() {
            for (String bad : List.of("notebook.example.org", "https://notebook.example.org/path", "ftp://x.example", "")) {
                assertThatThrownBy(() -> HttpAccess.defaults().withCorsOrigins(List.of(bad))).as(bad)
                        .isInstanceOf(ServerConfigException.class).hasMessageContaining("https://notebook.example.org");
            }
        }
    }

    @Nested
    @DisplayName("Host names")
    class Hosts {

        @ParameterizedTest(name = "Host: {0}")
        @ValueSource(strings = {"localhost:PORT", "127.0.0.1:PORT", "[::1]:PORT", "localhost", "LOCALHOST:PORT", "localhost.:PORT"})
        @DisplayName("the loopback names, with the bound port or none, are answered")
        void loopbackAccepted(String host) {
            RawHttp.Response response = RawHttp.get(plain.port(), ASK, headers(host.replace("PORT", String.valueOf(plain.port()))));
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            assertThat(response.body()).contains("\"boolean\"");
        }

        @ParameterizedTest(name = "Host: {0}")
        @ValueSource(strings = {"evil.example:PORT", "evil.example", "127.0.0.1.evil.example:PORT", "localhost.evil.example",
                "localhost:1", "minutes.example.org:PORT"})
        @DisplayName("any other name, as a DNS-rebinding page sends, is a 421 saying why, on every path")
        void rebindingRefused(String host) throws IOException {
            for (String path : List.of(ASK, "/api/ping", "/health", "/", "/webjars/zazuko__yasgui/4.5.0/build/yasgui.min.js")) {
                RawHttp.Response response = RawHttp.get(plain.port(), path, headers(host.replace("PORT", String.valueOf(plain.port()))));
                assertThat(response.status()).as(path).isEqualTo(421);
                JsonNode error = JSON.readTree(response.body());
                assertThat(error.path("error").asText()).isEqualTo("unknown_host");
                assertThat(error.path("detail").asText()).contains("localhost", "DNS rebinding", "--allowed-host");
                assertThat(response.body()).doesNotContain("\"ok\"", "boolean");
            }
        }

        @Test
        @DisplayName("a request without a Host header is no browser's and is answered")
        void noHostHeader() {
            Map<String, String> headers = headers(null);
            assertThat(RawHttp.send(plain.port(), "GET", "/health", headers).status()).isIn(200, 400);
        }

        @Test
        @DisplayName("allowed hosts are answered too, a bare name with the bound port or none, a name:port with that port")
        void allowedHosts() {
            int port = proxied.port();
            for (String host : List.of("minutes.example.org", "Minutes.Example.org:" + port, "proxy.example.org:8443", "localhost:" + port)) {
                assertThat(RawHttp.get(port, "/api/ping", headers(host)).status()).as(host).isEqualTo(200);
            }
            for (String host : List.of("evil.example", "minutes.example.org:8443", "proxy.example.org", "proxy.example.org:" + port)) {
                assertThat(RawHttp.get(port, "/api/ping", headers(host)).status()).as(host).isEqualTo(421);
            }
        }

        @Test
        @DisplayName("a server bound to all interfaces answers any name unless allowed hosts are given")
        void wildcardBinding() {
            MinutegraphServer open = MinutegraphServer.create().dataset(dataset).host("0.0.0.0").port(0).build().start();
            MinutegraphServer limited = MinutegraphServer.create().dataset(dataset).host("0.0.0.0").port(0)
                    .access(HttpAccess.defaults().withAllowedHosts(List.of("minutes.example.org"))).build().start();
            try {
                assertThat(RawHttp.get(open.port(), "/health", headers("minutes.internal:" + open.port())).status()).isEqualTo(200);
                assertThat(RawHttp.get(limited.port(), "/health", headers("minutes.example.org")).status()).isEqualTo(200);
                assertThat(RawHttp.get(limited.port(), "/health", headers("evil.example")).status()).isEqualTo(421);
            } finally {
                open.stop();
                limited.stop();
            }
        }

        @Test
        @DisplayName("an allowed host that is not a host name is refused at configuration")
        void badHosts() {
            for (String bad : List.of("http://minutes.example.org", "minutes.example.org/x", "a b", "")) {
                assertThatThrownBy(() -> HttpAccess.defaults().withAllowedHosts(List.of(bad))).as(bad)
                        .isInstanceOf(ServerConfigException.class).hasMessageContaining("Host header");
            }
        }
    }
}
