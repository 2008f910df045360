package org.minutegraph.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A huge minutes file gives a meeting page of bounded size that says what it leaves out, never a 503. */
class HugeFilePageTests {

    @TempDir
    static Path temp;
    static MinutegraphApp app;
    static TestHttp http;

    @BeforeAll
    static void start() throws IOException {
        Path team = Files.createDirectories(temp.resolve("minutes/team"));
        StringBuilder headings = new StringBuilder("# Headings\n\n");
        for (int i = 0; i < 50_000; i++) {
            headings.append("## h").append(i).append('\n');
        }
        Files.writeString(team.resolve("20240301.md"), headings);
        Files.writeString(team.resolve("20240302.md"), "# One line\n\n" + "Harbor and Zitadel again. ".repeat(40_000) + "\n");
        Files.writeString(team.resolve("20240303.md"), "# Small\n\n## Notes\n\n- Harbor\n");
        Path store = SampleStore.ingest(temp.resolve("minutes"), temp.resolve("store"));
        app = MinutegraphApp.start(AppConfig.of(store).withPort(0).withSourceBaseUrl("https://example.org/minutes/"));
        http = new TestHttp(app.uri());
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    private static Document page(String path) {
        HttpResponse<String> r = http.get("/meeting/" + path);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body().length()).isLessThan(1_000_000);
        return Jsoup.parse(r.body());
    }

    @Test
    @DisplayName("50,000 headings: the page shows the sections the graph holds, up to the cut, and says where ingest cut the file")
    void manyHeadings() {
        Document doc = page("team/20240301.md");
        assertThat(doc.select("#minutes h2")).hasSizeLessThanOrEqualTo(1_000).isNotEmpty();
        assertThat(doc.getElementById("L3")).isNotNull();
        assertThat(doc.getElementById("L1002")).isNull();
        assertThat(doc.getElementById("cut").text()).contains("50002 lines").contains("cut the file at line 1002");
        assertThat(doc.select("#cut a.source").attr("href")).isEqualTo("https://example.org/minutes/team/20240301.md");
    }

    @Test
    @DisplayName("one line of a megabyte: the page shows its first 200,000 characters and says so")
    void oneHugeLine() {
        Document doc = page("team/20240302.md");
        String shown = doc.getElementById("minutes").text();
        assertThat(shown).contains("Harbor and Zitadel again.").hasSizeLessThan(210_000);
        assertThat(doc.getElementById("cut").text()).contains("200,000 characters");
    }

    @Test
    @DisplayName("a small file is shown whole, without a notice")
    void smallFile() {
        Document doc = page("team/20240303.md");
        assertThat(doc.getElementById("minutes").text()).contains("Harbor");
        assertThat(doc.getElementById("cut")).isNull();
    }
}
