package org.minutegraph.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** The same name is the same entity in who, timeline and suggest (sample corpus). */
class EntityNamesApiTests {

    @TempDir
    static Path temp;
    static MinutegraphApp app;
    static TestHttp http;

    @BeforeAll
    static void start() {
        Path store = SampleStore.ingest(SampleStore.sampleCorpus(), temp.resolve("store"));
        app = MinutegraphApp.start(AppConfig.of(store).withPort(0));
        http = new TestHttp(app.uri());
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @ParameterizedTest(name = "{0} is {1} in who, timeline and suggest")
    @DisplayName("label, alias and near spelling name one entity everywhere")
    @CsvSource({
            "Harbor, Harbor, Harb",
            "habour, Harbor, goharb",
            "goharbor, Harbor, goharbor",
            "CAPI, Cluster API, CAPI",
            "Cluster-API, Cluster API, cluster a"})
    void sameEntity(String name, String label, String typed) {
        JsonNode who = http.json("/api/who?topic=" + encode(name), 200).get("topic");
        JsonNode timeline = http.json("/api/timeline?entity=" + encode(name), 200).get("entity");
        JsonNode suggested = http.json("/api/suggest?q=" + encode(typed), 200).get(0);
        assertThat(who.get("label").asText()).isEqualTo(label);
        assertThat(timeline.get("label").asText()).isEqualTo(label);
        assertThat(who.get("iri").asText()).isEqualTo(timeline.get("iri").asText()).isEqualTo(suggested.get("iri").asText());
    }

    @Test
    @DisplayName("a name nothing answers is the same 404 with the same near names on who and timeline")
    void unknownName() {
        JsonNode who = http.json("/api/who?topic=" + encode("Harborx qzxv"), 404);
        JsonNode timeline = http.json("/api/timeline?entity=" + encode("Harborx qzxv"), 404);
        assertThat(who.get("error").asText()).isEqualTo(timeline.get("error").asText()).isEqualTo("not_found");
        assertThat(who.get("detail").asText()).isEqualTo(timeline.get("detail").asText()).contains("Harborx qzxv");
        assertThat(who.get("candidates")).isEqualTo(timeline.get("candidates"));
    }

    @Test
    @DisplayName("words that are no entity but are in the minutes still answer who (people who wrote them)")
    void plainWords() {
        JsonNode who = http.json("/api/who?topic=" + encode("replication"), 200);
        assertThat(who.at("/topic/iri").asText(null)).isNull();
        assertThat(who.get("people")).isNotEmpty();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
