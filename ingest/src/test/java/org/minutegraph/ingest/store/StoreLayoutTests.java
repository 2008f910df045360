package org.minutegraph.ingest.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store directory: which data directory is the store, and where the next build goes. */
class StoreLayoutTests {

    @TempDir
    Path dir;

    @Test
    @DisplayName("a directory never published holds no store, and its first build goes into data-1")
    void firstBuild() {
        StoreLayout layout = new StoreLayout(dir);
        assertThat(layout.exists()).isFalse();
        assertThat(layout.next().dataName()).isEqualTo("data-1");
    }

    @Test
    @DisplayName("publishing makes a data directory the store; the next build goes beside it, and removeOthers keeps only the store")
    void publishAndNext() throws IOException {
        StoreLayout first = new StoreLayout(dir).next();
        Files.createDirectories(first.tdb2());
        first.publish();
        assertThat(new StoreLayout(dir)).isEqualTo(first);
        assertThat(new StoreLayout(dir).exists()).isTrue();

        StoreLayout second = first.next();
        assertThat(second.dataName()).isEqualTo("data-2");
        Files.createDirectories(second.tdb2());
        assertThat(new StoreLayout(dir)).as("unpublished, it is not the store").isEqualTo(first);
        second.publish();
        second.removeOthers();
        assertThat(new StoreLayout(dir)).isEqualTo(second);
        assertThat(first.data()).doesNotExist();
        assertThat(dir.resolve("CURRENT.tmp")).doesNotExist();
    }
}
