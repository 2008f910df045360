package org.minutegraph.server.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutegraph.server.catalog.EntityNotFoundException;
import org.minutegraph.ingest.store.MinutegraphStore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.minutegraph.server.catalog.EntityKind;
import org.minutegraph.server.catalog.Entity;

class TimelineServiceTests {

    @TempDir
    static Path dir;
    static MinutegraphStore store;
    static TimelineService timelines;

    @BeforeAll
    static void open() {
        store = GraphFixture.open(dir);
        timelines = GraphServices.over(store).timelines();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Timeline all(String entity) {
        return timelines.timeline(entity, Optional.empty(), Optional.empty());
    }

    @Nested
    @DisplayName("of a tool (Harbor)")
    class Tool {

        final Timeline t = all("harbour");

        @Test
        @DisplayName("spans its first to its latest appearance")
        void span() {
            assertThat(t.entity().iri()).isEqualTo(GraphFixture.HARBOR);
            assertThat(t.first()).isEqualTo("2023-02-20");
            assertThat(t.latest()).isEqualTo("2023-05-15");
        }

        @Test
        @DisplayName("has one bucket per month, empty months included, counting meetings per series")
        void buckets() {
            assertThat(t.buckets()).extracting(TimelineBucket::month).containsExactly("2023-02", "2023-03", "2023-04", "2023-05");
            assertThat(t.buckets().get(0).series()).isEqualTo(Map.of("container", 2, "iaas", 1));
            assertThat(t.buckets().get(1).series()).isEmpty();
            assertThat(t.buckets().get(2).series()).isEmpty();
            assertThat(t.buckets().get(3).series()).isEqualTo(Map.of("container", 1));
        }

        @Test
        @DisplayName("lists one mention per section, and the decisions and actions about it, oldest first")
        void events() {
            assertThat(t.events()).extracting(e -> e.date() + " " + e.kind().json() + " " + e.startLine())
                    .containsExactly("2023-02-20 mention 4", "2023-02-20 action 8", "2023-02-20 decision 10",
                            "2023-02-22 mention 1", "2023-02-27 mention 1", "2023-02-27 action 5", "2023-05-15 decision 3");
        }

        @Test
        @DisplayName("a mention names its section and carries the section's decisions and actions in its snippet")
        void mention() {
            TimelineEvent m = t.events().get(0);
            assertThat(m.section()).isEqualTo(GraphFixture.IRIS.meeting("container/20230220.md") + "/section/4");
            assertThat(m.heading()).isEqualTo("Registry");
            assertThat(m.snippet()).startsWith("Registry: ").contains("try out replication").contains("reference registry stays");
            assertThat(m.series()).isEqualTo("container");
            assertThat(m.seriesLabel()).isEqualTo("Team Container");
            assertThat(m.sourcePath()).isEqualTo("container/20230220.md");
            assertThat(m.owners()).isNull();
        }

        @Test
        @DisplayName("an action carries its status and owners; a decision found by its text alone is included")
        void items() {
            TimelineEvent action = t.events().get(1);
            assertThat(action.status()).isEqualTo("open");
            assertThat(action.owners()).extracting(PersonView::handle).containsExactly("bob");
            TimelineEvent byText = t.events().get(6);
            assertThat(byText.snippet()).isEqualTo("upgrades of Harbor wait for the next release");
            assertThat(byText.heading()).isEqualTo("Notes");
        }

        @Test
        @DisplayName("zooms to a date range, keeping first and latest of the whole graph")
        void range() {
            Timeline z = timelines.timeline("Harbor", Optional.of(LocalDate.of(2023, 2, 21)), Optional.of(LocalDate.of(2023, 4, 30)));
            assertThat(z.events()).extracting(TimelineEvent::date).containsExactly("2023-02-22", "2023-02-27", "2023-02-27");
            assertThat(z.buckets()).extracting(TimelineBucket::month).containsExactly("2023-02");
            assertThat(z.buckets().get(0).series()).isEqualTo(Map.of("container", 1, "iaas", 1));
            assertThat(z.first()).isEqualTo("2023-02-20");
            Timeline none = timelines.timeline("Harbor", Optional.of(LocalDate.of(2024, 1, 1)), Optional.empty());
            assertThat(none.events()).isEmpty();
            assertThat(none.buckets()).isEmpty();
        }

        @Test
        @DisplayName("writes the JSON shape of the API")
        void json() throws Exception {
            JsonNode j = new ObjectMapper().valueToTree(t);
            assertThat(j.at("/entity/kind").asText()).isEqualTo("tool");
            assertThat(j.at("/buckets/0/month").asText()).isEqualTo("2023-02");
            assertThat(j.at("/buckets/0/series/iaas").asInt()).isEqualTo(1);
            assertThat(j.at("/events/0/kind").asText()).isEqualTo("mention");
            assertThat(j.at("/events/0").has("status")).isFalse();
            assertThat(j.at("/events/1/owners/0/handle").asText()).isEqualTo("bob");
        }
    }

    @Test
    @DisplayName("of a category gathers the sections mentioning any of its tools")
    void category() {
        Timeline t = all("container registry");
        assertThat(t.entity().kind()).isEqualTo(EntityKind.CATEGORY);
        assertThat(t.events()).filteredOn(e -> e.kind() == EventKind.MENTION).hasSize(3);
    }

    @Test
    @DisplayName("of a topic lists the sections it heads and their decisions and actions")
    void topic() {
        Timeline t = all("Registry");
        assertThat(t.entity().kind()).isEqualTo(EntityKind.TOPIC);
        assertThat(t.events()).extracting(e -> e.sourcePath() + " " + e.kind().json())
                .containsExactly("container/20230220.md mention", "container/20230220.md action", "container/20230220.md decision",
                        "container/20230227.md mention", "container/20230227.md action");
        assertThat(t.buckets()).extracting(TimelineBucket::month).containsExactly("2023-02");
    }

    @Test
    @DisplayName("of a person: sections mentioning or sponsored by them with their items, owned actions; attendance in buckets only")
    void person() {
        Timeline t = all("@alice");
        assertThat(t.events()).extracting(e -> e.sourcePath() + " " + e.kind().json() + " " + e.startLine())
                .containsExactly("container/20230220.md mention 4", "container/20230220.md action 8", "container/20230220.md decision 10",
                        "container/20230227.md action 5", "container/20230515.md mention 5", "container/20230515.md action 9");
        assertThat(t.events().get(5).status()).isNull();
        assertThat(t.latest()).isEqualTo("2023-05-16");
        assertThat(t.buckets().get(0).series()).isEqualTo(Map.of("container", 2));
        assertThat(t.buckets().get(3).series()).isEqualTo(Map.of("container", 1, "community-call", 1));
    }

    @Test
    @DisplayName("of a series: one event per meeting plus every decision and action of its meetings")
    void series() {
        Timeline t = all("Team Container");
        assertThat(t.events()).filteredOn(e -> e.kind() == EventKind.MENTION)
                .extracting(TimelineEvent::heading)
                .containsExactly("Team Container 2023-02-20", "Team Container 2023-02-27", "Team Container 2023-05-15");
        assertThat(t.events()).filteredOn(e -> e.kind() != EventKind.MENTION).hasSize(5);
        assertThat(t.buckets()).extracting(b -> b.series().getOrDefault("container", 0)).containsExactly(2, 0, 0, 1);
    }

    @Test
    @DisplayName("of a tool no meeting mentions is empty, without first or latest")
    void unmentioned() {
        Timeline t = all("Keycloak");
        assertThat(t.events()).isEmpty();
        assertThat(t.buckets()).isEmpty();
        assertThat(t.first()).isNull();
    }

    @Test
    @DisplayName("an unknown entity fails with candidates; a reversed range is refused")
    void errors() {
        assertThatThrownBy(() -> all("Zitadel-Cloud"))
                .isInstanceOfSatisfying(EntityNotFoundException.class,
                        e -> assertThat(e.candidates()).extracting(Entity::label).contains("Zitadel"));
        assertThatThrownBy(() -> timelines.timeline("Harbor", Optional.of(LocalDate.of(2023, 5, 1)), Optional.of(LocalDate.of(2023, 1, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after");
    }
}
