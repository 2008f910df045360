package org.minutegraph.server.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutegraph.server.catalog.EntityNotFoundException;
import org.minutegraph.ingest.store.MinutegraphStore;
import org.minutegraph.server.catalog.EntityKind;

class SummaryAndStatsTests {

    @TempDir
    static Path dir;
    static MinutegraphStore store;
    static GraphServices graph;

    @BeforeAll
    static void open() {
        store = GraphFixture.open(dir);
        graph = GraphServices.over(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    @DisplayName("a person's summary counts attendance, minutes, mentions and action items, with top series, tools and topics")
    void person() {
        PersonSummary p = graph.summaries().person("@alice");
        assertThat(p.person().name()).isEqualTo("Alice Example");
        assertThat(p.meetingsAttended()).isEqualTo(4);
        assertThat(p.minutesTaken()).isEqualTo(1);
        assertThat(p.mentions()).isEqualTo(2);
        assertThat(p.firstSeen()).isEqualTo("2023-02-20");
        assertThat(p.lastSeen()).isEqualTo("2023-05-16");
        assertThat(p.actionItems()).isEqualTo(new ActionCounts(0, 1, 1));
        assertThat(p.series()).extracting(c -> c.label() + "=" + c.count()).containsExactly("Team Container=3", "Tech Weekly=1");
        assertThat(p.topTools()).extracting(c -> c.label() + "=" + c.count()).containsExactly("Harbor=2", "Zitadel=1");
        assertThat(p.topTopics()).extracting(c -> c.label() + "=" + c.count()).containsExactly("Registry=2");
    }

    @Test
    @DisplayName("a series' summary counts meetings, decisions and actions, with its tools, topics, people and latest meetings")
    void series() {
        SeriesSummary s = graph.summaries().series("container");
        assertThat(s.series().label()).isEqualTo("Team Container");
        assertThat(s.meetings()).isEqualTo(3);
        assertThat(s.first()).isEqualTo("2023-02-20");
        assertThat(s.last()).isEqualTo("2023-05-15");
        assertThat(s.decisions()).isEqualTo(2);
        assertThat(s.actionItems()).isEqualTo(new ActionCounts(1, 1, 1));
        assertThat(s.topTools()).extracting(c -> c.label() + "=" + c.count()).containsExactly("Harbor=2", "Kubernetes=1", "Zitadel=1");
        assertThat(s.topPeople()).extracting(c -> c.label() + "=" + c.count()).containsExactly("Alice Example=3", "Bob Sample=2");
        assertThat(s.recentMeetings()).extracting(MeetingRef::date).containsExactly("2023-05-15", "2023-02-27", "2023-02-20");
    }

    @Test
    @DisplayName("asking a summary of the wrong kind is not found, with candidates of the right kind")
    void wrongKind() {
        assertThatThrownBy(() -> graph.summaries().person("Harbor")).isInstanceOf(EntityNotFoundException.class);
        assertThatThrownBy(() -> graph.summaries().series("Team")).isInstanceOfSatisfying(EntityNotFoundException.class,
                e -> assertThat(e.candidates()).allMatch(c -> c.kind() == EntityKind.SERIES).isNotEmpty());
    }

    @Test
    @DisplayName("stats count what the store holds")
    void stats() {
        GraphStats s = graph.stats().stats();
        assertThat(s.meetings()).isEqualTo(5);
        assertThat(s.series()).isEqualTo(3);
        assertThat(s.people()).isEqualTo(3);
        assertThat(s.toolsMentioned()).isEqualTo(4);
        assertThat(s.topics()).isEqualTo(1);
        assertThat(s.sections()).isEqualTo(8);
        assertThat(s.actionItems()).isEqualTo(3);
        assertThat(s.actionItemsOpen()).isEqualTo(1);
        assertThat(s.actionItemsDone()).isEqualTo(1);
        assertThat(s.decisions()).isEqualTo(2);
        assertThat(s.generation()).isEqualTo(1);
        assertThat(s.triples()).isGreaterThan(100);
    }
}
