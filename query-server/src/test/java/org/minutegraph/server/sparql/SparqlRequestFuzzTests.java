package org.minutegraph.server.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.minutegraph.server.web.MinutegraphServer;

/**
 * Fuzz target for SPARQL protocol requests over real HTTP (a server on port 0 over the invented
 * minutes fixture): any method, query string, Content-Type, Accept and body. The answer is a
 * complete HTTP response with a 2xx, or a 4xx that says why in JSON {@code {error, detail}} (also
 * where Jetty refused a malformed message before any route saw it), or a 503 for a query that ran
 * out of time; never a 500 and never silence.
 *
 * <p>An input is bytes: its first four lines are the method, the query string (after {@code ?}),
 * the Content-Type and the Accept header (empty: none); the rest is the body. Seeds:
 * {@code src/test/resources/org/minutegraph/server/sparql/SparqlRequestFuzzTestsInputs/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparqlRequestFuzzTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int READ_TIMEOUT_MILLIS = 30_000;

    private MinutegraphServer server;

    @BeforeAll
    void start() {
        // A short query timeout keeps the fuzzer's expensive queries from stalling it; they must still end in a 503.
        server = MinutegraphServer.create().dataset(TestDatasets.minutesFixture()).port(0)
                .sparql(SparqlConfig.defaults().withTimeout(Duration.ofSeconds(2)).withMaxTimeout(Duration.ofSeconds(2)))
                .build().start();
    }

    @AfterAll
    void stop() {
        server.stop();
    }

    @FuzzTest
    void sparqlRequest(byte[] input) {
        byte[][] parts = split(input, 4);
        String method = headerValue(parts[0]);
        String query = headerValue(parts[1]).replace(" ", "%20");
        String contentType = headerValue(parts[2]);
        String accept = headerValue(parts[3]);
        byte[] body = parts[4];

        StringBuilder head = new StringBuilder()
                .append(method.isEmpty() ? "GET" : method).append(' ').append(SparqlEndpoint.PATH)
                .append(query.isEmpty() ? "" : "?" + query).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(server.port()).append("\r\n")
                .append("Connection: close\r\n");
        if (!contentType.isEmpty()) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        if (!accept.isEmpty()) {
            head.append("Accept: ").append(accept).append("\r\n");
        }
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");

        Response response = exchange(head.toString().getBytes(StandardCharsets.ISO_8859_1), body);
        assertThat(response.status()).as("status of %s", response.head()).isBetween(200, 599);
        assertThat(response.status()).as("no server error: %s", response.head()).isNotEqualTo(500);
        if (method.equalsIgnoreCase("HEAD") || response.status() < 400) {
            return; // an answer, or a HEAD refusal, which has no body to look at
        }
        JsonNode error = readJson(response.body());
        assertThat(error.path("error").asText()).as("error code of %s", response.head()).isNotBlank();
        assertThat(error.path("detail").asText()).as("error detail of %s", response.head()).isNotBlank();
        if (response.status() >= 500) {
            assertThat(error.path("error").asText()).as("the only 5xx is a query timeout").isEqualTo("timeout");
        }
    }

    /** An HTTP response: the status, the status line and headers as text, the body as bytes. */
    private record Response(int status, String head, byte[] body) {
    }

    private Response exchange(byte[] head, byte[] body) {
        int port = server.port();
        // Jazzer's SSRF detector refuses every connection it is not told is meant: this server's is.
        try (SilentCloseable loopbackOnly = BugDetectors.allowNetworkConnections((host, p) -> p == port
                     && (host.equals("127.0.0.1") || host.equals("localhost")));
             Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port));
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(head);
            out.write(body);
            out.flush();
            byte[] all = readAll(socket.getInputStream());
            int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            assertThat(end).as("a complete HTTP response head").isPositive();
            String text = new String(all, 0, end, StandardCharsets.ISO_8859_1);
            String[] statusLine = text.split("\r\n", 2)[0].split(" ", 3);
            assertThat(statusLine[0]).as("status line %s", text).startsWith("HTTP/1.");
            return new Response(Integer.parseInt(statusLine[1]), text, Arrays.copyOfRange(all, end + 4, all.length));
        } catch (IOException e) {
            throw new UncheckedIOException("no complete answer from the server", e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            in.transferTo(out);
        } catch (java.net.SocketException e) {
            // the server may reset after answering a request it refused unread; what it sent counts
        }
        return out.toByteArray();
    }

    private static JsonNode readJson(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("an error declared as JSON is not JSON: " + new String(body, StandardCharsets.UTF_8), e);
        }
    }

    /** A header-safe value: the bytes of one input line as ISO-8859-1, without CR. */
    private static String headerValue(byte[] line) {
        return new String(line, StandardCharsets.ISO_8859_1).replace("\r", "");
    }

    /** The first {@code lines} lines of {@code input}, then the rest (each empty when missing). */
    private static byte[][] split(byte[] input, int lines) {
        byte[][] parts = new byte[lines + 1][];
        int start = 0;
        for (int i = 0; i < lines; i++) {
            int nl = start;
            while (nl < input.length && input[nl] != '\n') {
                nl++;
            }
            parts[i] = Arrays.copyOfRange(input, Math.min(start, input.length), Math.min(nl, input.length));
            start = Math.min(nl + 1, input.length);
        }
        parts[lines] = Arrays.copyOfRange(input, start, input.length);
        return parts;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
