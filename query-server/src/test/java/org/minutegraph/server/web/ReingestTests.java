package org.minutegraph.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutegraph.ingest.store.StoreLayout;

/** What a served store shows after an ingest in the same process changed it (as {@code serve --watch} does). */
class ReingestTests {

    @TempDir
    Path temp;

    @Test
    @DisplayName("after a re-ingest and refresh, /health, /metrics and search count the new meeting")
    void countsFollowTheStore() throws IOException {
        Path minutes = copy(SampleStore.sampleCorpus(), temp.resolve("minutes"));
        Path store = SampleStore.ingest(minutes, temp.resolve("store"));
        try (MinutegraphApp app = MinutegraphApp.start(AppConfig.of(store).withPort(0))) {
            TestHttp http = new TestHttp(app.uri());
            long before = http.json("/health", 200).get("triples").asLong();
            assertThat(http.json("/api/search?q=Quuxbridge", 200).get("total").asLong()).isZero();

            Files.writeString(minutes.resolve("container/20991231.md"), """
                    # Team Container Meeting 2099-12-31

                    ## Quuxbridge

                    - We decided to evaluate Quuxbridge for the registry mirror.
                    """);
            SampleStore.ingest(minutes, store);
            app.refresh();

            long after = http.json("/health", 200).get("triples").asLong();
            assertThat(after).isGreaterThan(before);
            assertThat(http.get("/metrics").body()).contains("minutegraph_store_triples " + after);
            assertThat(http.json("/api/search?q=Quuxbridge", 200).get("total").asLong()).isPositive();
        }
    }

    @Test
    @DisplayName("after a re-ingest rebuilt the store into a new data directory, serving goes on on the same port, and a restart opens the new one")
    void rebuildIsServedOnTheSamePortAndAfterARestart() throws IOException {
        Path minutes = copy(SampleStore.sampleCorpus(), temp.resolve("minutes"));
        Path store = SampleStore.ingest(minutes, temp.resolve("store"));
        AppConfig config = AppConfig.of(store).withPort(0);
        int port;
        try (LiveApp live = LiveApp.start(config)) {
            MinutegraphApp first = live.current();
            port = first.port();
            live.refresh(); // nothing changed: the same app refreshes in place
            assertThat(live.current()).isSameAs(first);

            Files.writeString(minutes.resolve("container/20991231.md"), """
                    # Team Container Meeting 2099-12-31

                    ## Quuxbridge

                    - We decided to evaluate Quuxbridge for the registry mirror.
                    """);
            String servedBefore = new StoreLayout(store).dataName();
            SampleStore.ingest(minutes, store, true); // --force: a rebuild, written into a data directory of its own
            assertThat(new StoreLayout(store).dataName()).isNotEqualTo(servedBefore);
            assertThat(first.servesCurrent()).isFalse();

            live.refresh();
            assertThat(live.current()).isNotSameAs(first);
            assertThat(live.current().port()).isEqualTo(port);
            assertThat(live.current().servesCurrent()).isTrue();
            assertThat(new TestHttp(live.current().uri()).json("/api/search?q=Quuxbridge", 200).get("total").asLong()).isPositive();
        }
        // serve started again on the same store: it opens the directory the watcher's rebuild published
        try (LiveApp restarted = LiveApp.start(config)) {
            assertThat(restarted.current().servesCurrent()).isTrue();
            assertThat(new TestHttp(restarted.current().uri()).json("/api/search?q=Quuxbridge", 200).get("total").asLong()).isPositive();
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(p -> {
                try {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return to;
    }
}
