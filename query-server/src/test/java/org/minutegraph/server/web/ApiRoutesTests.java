package org.minutegraph.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON API on the sample corpus (data/README.md, "Facts the tests rely on"). */
class ApiRoutesTests {

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

    @Nested
    @DisplayName("/api/search")
    class Search {

        @Test
        @DisplayName("answers the contract shape: total, hits with <mark> snippets, four facets")
        void contractShape() {
            JsonNode r = http.json("/api/search?q=Harbor", 200);
            assertThat(r.get("total").asLong()).isGreaterThanOrEqualTo(20);
            assertThat(r.get("hits")).isNotEmpty();
            for (JsonNode hit : r.get("hits")) {
                for (String field : List.of("meeting", "date", "series", "sourcePath", "heading", "snippet", "score")) {
                    assertThat(hit.has(field)).as("hit field " + field).isTrue();
                }
                assertThat(hit.get("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            }
            assertThat(r.get("hits").get(0).get("snippet").asText()).contains("<mark>");
            JsonNode facets = r.get("facets");
            assertThat(facets.get("series").get("container").asInt()).isPositive();
            assertThat(facets.get("year").has("2024")).isTrue();
            assertThat(facets.get("tool").get("Harbor").asInt()).isPositive();
            assertThat(facets.get("person").size()).isPositive();
        }

        @Test
        @DisplayName("filters by series and pages with limit and offset")
        void filtersAndPages() {
            JsonNode all = http.json("/api/search?q=Harbor&series=container&limit=3", 200);
            assertThat(all.get("hits")).hasSize(3);
            all.get("hits").forEach(h -> assertThat(h.get("series").asText()).isEqualTo("container"));
            JsonNode next = http.json("/api/search?q=Harbor&series=container&limit=3&offset=3", 200);
            assertThat(next.get("total").asLong()).isEqualTo(all.get("total").asLong());
            assertThat(next.get("hits").get(0).get("passage").asText()).isNotEqualTo(all.get("hits").get(0).get("passage").asText());
        }

        @Test
        @DisplayName("sort=date puts the newest meeting first")
        void sortByDate() {
            JsonNode r = http.json("/api/search?q=Harbor&sort=date&limit=20", 200);
            List<String> dates = new ArrayList<>();
            r.get("hits").forEach(h -> dates.add(h.get("date").asText()));
            assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        }

        @Test
        @DisplayName("bad parameters are 400 with {error, detail}")
        void badInput() {
            for (String q : List.of("/api/search?q=x&limit=ten", "/api/search?q=x&from=2024-13-01", "/api/search?q=x&sort=loudness",
                    "/api/search?q=x&from=2025-01-01&to=2024-01-01")) {
                JsonNode r = http.json(q, 400);
                assertThat(r.get("error").asText()).isEqualTo("bad_request");
                assertThat(r.get("detail").asText()).isNotBlank();
            }
        }
    }

    @Nested
    @DisplayName("/api/who")
    class Who {

        @Test
        @DisplayName("Harbor: mkowalski, then jdoe, each with evidence")
        void harbor() {
            JsonNode r = http.json("/api/who?topic=Harbor", 200);
            assertThat(r.get("topic").get("iri").asText()).endsWith("/tool/harbor");
            JsonNode people = r.get("people");
            assertThat(people.get(0).get("handle").asText()).isEqualTo("mkowalski");
            assertThat(people.get(1).get("handle").asText()).isEqualTo("jdoe");
            assertThat(people.get(0).get("meetings").asInt()).isEqualTo(12);
            JsonNode evidence = people.get(0).get("evidence");
            assertThat(evidence).isNotEmpty();
            for (String field : List.of("meeting", "date", "sourcePath", "heading", "snippet")) {
                assertThat(evidence.get(0).get(field).asText()).as(field).isNotBlank();
            }
            assertThat(evidence.get(0).get("startLine").asInt()).as("evidence points at its section").isPositive();
            assertThat(r.get("teams").get(0).get("series").asText()).isEqualTo("container");
        }

        @Test
        @DisplayName("no topic is 400")
        void missingTopic() {
            assertThat(http.json("/api/who", 400).get("detail").asText()).contains("topic");
        }
    }

    @Nested
    @DisplayName("/api/timeline")
    class TimelineApi {

        @Test
        @DisplayName("Harbor: month buckets by series as in F7, events of all three kinds")
        void harbor() {
            JsonNode r = http.json("/api/timeline?entity=Harbor", 200);
            assertThat(r.get("entity").get("label").asText()).isEqualTo("Harbor");
            assertThat(r.get("first").asText()).isEqualTo("2024-01-15");
            assertThat(r.get("latest").asText()).isEqualTo("2025-02-06");
            JsonNode feb = null;
            int meetings = 0;
            for (JsonNode b : r.get("buckets")) {
                if (b.get("month").asText().equals("2024-02")) {
                    feb = b.get("series");
                }
                for (JsonNode n : b.get("series")) {
                    meetings += n.asInt();
                }
            }
            assertThat(feb).isNotNull();
            assertThat(feb.get("container").asInt()).isEqualTo(1);
            assertThat(feb.get("iam").asInt()).isEqualTo(1);
            assertThat(feb.get("community-call").asInt()).isEqualTo(1);
            assertThat(meetings).isEqualTo(20);
            Set<String> kinds = new HashSet<>();
            List<String> decisions = new ArrayList<>();
            r.get("events").forEach(e -> {
                kinds.add(e.get("kind").asText());
                if (e.get("kind").asText().equals("decision")) {
                    decisions.add(e.get("sourcePath").asText() + ":" + e.get("startLine").asInt());
                }
            });
            assertThat(kinds).containsExactlyInAnyOrder("mention", "decision", "action");
            assertThat(decisions).contains("container/20240415.md:31", "sig-standardization/20240307.md:40");
        }

        @Test
        @DisplayName("mentions carry their section's text from the index, not just the heading")
        void mentionExcerpts() {
            JsonNode r = http.json("/api/timeline?entity=Harbor&from=2024-04-01&to=2024-04-30", 200);
            JsonNode mention = null;
            for (JsonNode e : r.get("events")) {
                if (e.get("kind").asText().equals("mention") && e.get("sourcePath").asText().equals("container/20240415.md")) {
                    mention = e;
                }
            }
            assertThat(mention).isNotNull();
            assertThat(mention.get("snippet").asText()).contains("Harbor").isNotEqualTo(mention.get("heading").asText());
            r.get("events").forEach(e -> assertThat(e.get("date").asText()).startsWith("2024-04"));
        }

        @Test
        @DisplayName("an unknown name is 404 with candidates; no entity is 400")
        void errors() {
            JsonNode r = http.json("/api/timeline?entity=Keppelin%20Zeppelin", 404);
            assertThat(r.get("error").asText()).isEqualTo("not_found");
            assertThat(r.get("candidates").isArray()).isTrue();
            assertThat(http.json("/api/timeline", 400).get("detail").asText()).contains("entity");
        }
    }

    @Test
    @DisplayName("/api/suggest: 'harb' offers Harbor first")
    void suggest() {
        JsonNode r = http.json("/api/suggest?q=harb", 200);
        assertThat(r.get(0).get("label").asText()).isEqualTo("Harbor");
        assertThat(r.get(0).get("kind").asText()).isEqualTo("tool");
        assertThat(http.json("/api/suggest?q=harb&limit=-1", 400).get("detail").asText()).isNotBlank();
    }

    @Test
    @DisplayName("/api/meeting: by path, with the Tech Weekly links both ways (F5); unknown path 404")
    void meeting() {
        JsonNode weekly = http.json("/api/meeting?path=community-call/20240215.md", 200);
        List<String> refs = new ArrayList<>();
        weekly.get("references").forEach(x -> refs.add(x.get("iri").asText()));
        assertThat(refs).anyMatch(i -> i.endsWith("/meeting/container/20240212")).anyMatch(i -> i.endsWith("/meeting/iam/20240214"));
        JsonNode team = http.json("/api/meeting?iri=" + java.net.URLEncoder.encode(
                "https://w3id.org/minutegraph/id/meeting/container/20240212", java.nio.charset.StandardCharsets.UTF_8), 200);
        assertThat(team.get("referencedBy").get(0).get("sourcePath").asText()).isEqualTo("community-call/20240215.md");
        assertThat(team.get("participants")).hasSize(8);
        assertThat(http.json("/api/meeting?path=container/19990101.md", 404).get("detail").asText()).contains("19990101");
        assertThat(http.json("/api/meeting", 400).get("error").asText()).isEqualTo("bad_request");
    }

    @Test
    @DisplayName("/api/stats counts the 33 meetings and 30 decisions")
    void stats() {
        JsonNode r = http.json("/api/stats", 200);
        assertThat(r.get("meetings").asLong()).isEqualTo(33);
        assertThat(r.get("decisions").asLong()).isEqualTo(30);
    }

    @Test
    @DisplayName("mg:search works in the served SPARQL endpoint: text hits joined with their meetings")
    void sparqlTextSearch() {
        String query = """
                PREFIX mg: <https://w3id.org/minutegraph#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?path ?score WHERE {
                  (?passage ?score) mg:search ("Keppel" 5) .
                  ?passage mg:inMeeting/mg:sourcePath ?path .
                } ORDER BY DESC(?score)""";
        JsonNode r = http.json("/sparql?query=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8), 200);
        JsonNode rows = r.at("/results/bindings");
        assertThat(rows.size()).isBetween(1, 5);
        assertThat(rows.findValuesAsText("value")).anyMatch(v -> v.startsWith("container/"));
    }

    @Nested
    @DisplayName("the same name is the same entity in who, timeline and suggest")
    class EntityNames {

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
}
