package org.minutegraph.server.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutegraph.server.TestStores;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code minutegraph serve} as a real process stopped with SIGTERM while the embedding model loads
 * and during hybrid search: it exits 0, without a JVM crash log. (ONNX Runtime's own shutdown hook
 * used to free its native environment under a running inference: SIGSEGV. {@code bench/stop.sh}
 * repeats this a hundred times at random moments.)
 */
@DisplayName("serve, stopped by SIGTERM")
class ServeStopTests {

    private static final Pattern SERVING = Pattern.compile("Minutegraph is serving .* at (http://\\S+/)");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    static Path tmp;
    private static Path store;

    @BeforeAll
    static void ingestTheSampleWithEmbeddings() throws Exception {
        store = tmp.resolve("store");
        Process ingest = java(tmp.resolve("ingest"), "ingest", "--minutes", TestStores.repo().resolve("data").toString(),
                "--store", store.toString());
        assertThat(ingest.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("ingest finished").isTrue();
        assertThat(ingest.exitValue()).as(log(tmp.resolve("ingest"))).isZero();
    }

    @Test
    @DisplayName("while the model loads: exit 0, no crash log")
    void duringModelLoad() throws Exception {
        Path run = tmp.resolve("load");
        Process serve = java(run, "serve", "--store", store.toString(), "--port", "0");
        awaitServing(run, serve);
        // The model starts loading as the server starts serving: stop it now.
        serve.destroy();
        assertStoppedCleanly(run, serve);
    }

    @Test
    @DisplayName("during hybrid search: exit 0, no crash log")
    void duringHybridSearch() throws Exception {
        Path run = tmp.resolve("search");
        Process serve = java(run, "serve", "--store", store.toString(), "--port", "0");
        URI base = awaitServing(run, serve);
        HttpClient http = HttpClient.newHttpClient();
        URI search = base.resolve("/api/search?q=container%20registry%20images");
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!get(http, search).contains("\"mode\":\"hybrid\"")) {
            assertThat(System.nanoTime()).as("search turned hybrid; " + log(run)).isLessThan(deadline);
            Thread.sleep(100);
        }
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            String q = "identity provider login " + c;
            clients.add(Thread.ofVirtual().start(() -> {
                for (int i = 0; !Thread.currentThread().isInterrupted(); i++) {
                    get(http, base.resolve("/api/search?q=" + q.replace(' ', '+') + "+" + i));
                }
            }));
        }
        Thread.sleep(300);
        serve.destroy();
        assertStoppedCleanly(run, serve);
        clients.forEach(Thread::interrupt);
    }

    private static String get(HttpClient http, URI uri) {
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return ""; // the server has stopped
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static void assertStoppedCleanly(Path run, Process serve) throws Exception {
        assertThat(serve.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("stopped; " + log(run)).isTrue();
        try (Stream<Path> files = Files.list(run)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("JVM crash logs").noneMatch(n -> n.startsWith("hs_err"));
        }
        assertThat(serve.exitValue()).as(log(run)).isZero();
        assertThat(Files.readString(run.resolve("out.txt"))).contains("Minutegraph stopped.");
    }

    /** The server's base URI, once it says it is serving. */
    private static URI awaitServing(Path run, Process serve) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline && serve.isAlive()) {
            Matcher m = SERVING.matcher(Files.readString(run.resolve("out.txt")));
            if (m.find()) {
                return URI.create(m.group(1));
            }
            Thread.sleep(20);
        }
        throw new AssertionError("serve did not start: " + log(run));
    }

    /** The command line in a JVM of its own, on this test's class path, crash logs (if any) in {@code run}. */
    private static Process java(Path run, String... args) throws IOException {
        Files.createDirectories(run);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-XX:ErrorFile=" + run.resolve("hs_err_pid%p.log"),
                "-Djna.tmpdir=" + run,
                "-cp", System.getProperty("java.class.path"),
                MinutegraphCommand.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectOutput(run.resolve("out.txt").toFile())
                .redirectError(run.resolve("err.txt").toFile())
                .start();
    }

    private static String log(Path run) {
        try {
            return "stdout:\n" + Files.readString(run.resolve("out.txt")) + "\nstderr:\n" + Files.readString(run.resolve("err.txt"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
