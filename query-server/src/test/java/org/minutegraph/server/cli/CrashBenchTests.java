package org.minutegraph.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutegraph.server.TestStores;

/**
 * The crash test, shortened: real ingest processes on the sample corpus killed with SIGKILL at
 * points spread over their run, fresh and incremental (the full run is {@code bench crash --runs 15}
 * on the real corpus, with and without {@code --embeddings}).
 */
class CrashBenchTests {

    @Test
    @DisplayName("every kill of a fresh and of an incremental ingest leaves a store a reader accepts as before or after, and the next ingest repairs it")
    void everyKillConsistent() {
        CliTests.Run r = CliTests.run("bench", "crash", "--minutes", TestStores.repo().resolve("data").toString(), "--runs", "2");

        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        Matcher summary = Pattern.compile("(\\d+) of (\\d+) kills consistent").matcher(r.out());
        assertThat(summary.find()).as(r.out()).isTrue();
        assertThat(summary.group(1)).isEqualTo(summary.group(2)).isEqualTo("4");
        assertThat(r.out()).contains("fresh ", "incremental ").doesNotContain(" NO\n");
    }
}
