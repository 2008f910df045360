package org.minutegraph.server.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutegraph.ingest.store.MinutegraphStore;
import org.minutegraph.server.graph.MeetingDetails.SectionView;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class MeetingServiceTests {

    @TempDir
    static Path dir;
    static MinutegraphStore store;
    static MeetingService meetings;

    @BeforeAll
    static void open() {
        store = GraphFixture.open(dir);
        meetings = new MeetingService(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    @DisplayName("finds a meeting by source path, with or without .md, and by IRI")
    void lookup() {
        String iri = GraphFixture.IRIS.meeting("container/20230220.md");
        assertThat(meetings.meeting("container/20230220.md").iri()).isEqualTo(iri);
        assertThat(meetings.meeting("container/20230220").iri()).isEqualTo(iri);
        assertThat(meetings.meeting(iri).title()).isEqualTo("Team Container 2023-02-20");
    }

    @Test
    @DisplayName("holds date, series, people, sections with their links, actions, decisions and references")
    void details() {
        MeetingDetails m = meetings.meeting("container/20230220.md");
        assertThat(m.date()).isEqualTo("2023-02-20");
        assertThat(m.series().slug()).isEqualTo("container");
        assertThat(m.series().label()).isEqualTo("Team Container");
        assertThat(m.participants()).extracting(PersonView::handle).containsExactly("alice", "bob");
        assertThat(m.minuteTakers()).extracting(PersonView::name).containsExactly("Alice Example");
        assertThat(m.sections()).extracting(SectionView::heading).containsExactly("Team Container 2023-02-20", "Registry", "Kubernetes versions");
        SectionView registry = m.sections().get(1);
        assertThat(registry.level()).isEqualTo(2);
        assertThat(registry.startLine()).isEqualTo(4);
        assertThat(registry.endLine()).isEqualTo(12);
        assertThat(registry.parent()).isEqualTo(m.sections().get(0).iri());
        assertThat(registry.topic().label()).isEqualTo("Registry");
        assertThat(registry.tools()).extracting(LabelledIri::label).containsExactly("Harbor");
        assertThat(registry.people()).extracting(PersonView::handle).containsExactly("bob");
        assertThat(registry.sponsors()).extracting(PersonView::handle).containsExactly("alice");
        assertThat(registry.references()).containsExactly(GraphFixture.ISSUE);
        assertThat(m.sections().get(2).tools()).extracting(LabelledIri::label).containsExactly("Kubernetes");
        assertThat(m.actionItems()).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo("open");
            assertThat(a.owners()).extracting(PersonView::handle).containsExactly("bob");
            assertThat(a.section()).isEqualTo(registry.iri());
            assertThat(a.startLine()).isEqualTo(8);
        });
        assertThat(m.decisions()).singleElement().satisfies(d -> assertThat(d.text()).contains("reference registry"));
        assertThat(m.references()).containsExactly(new LabelledIri(GraphFixture.ISSUE, "standards#212"));
        assertThat(m.referencedBy()).isEmpty();
    }

    @Test
    @DisplayName("a meeting linked from the Tech Weekly lists it under referencedBy, and the weekly labels the link by title")
    void links() {
        MeetingDetails team = meetings.meeting("container/20230515.md");
        assertThat(team.referencedBy()).extracting(MeetingRef::sourcePath).containsExactly("community-call/20230516.md");
        assertThat(team.referencedBy().get(0).date()).isEqualTo("2023-05-16");
        MeetingDetails weekly = meetings.meeting("community-call/20230516.md");
        assertThat(weekly.references()).extracting(LabelledIri::label).containsExactly("Team Container 2023-05-15");
        assertThat(weekly.participants()).extracting(PersonView::display).containsExactly("Alice Example", "Carla Muster");
        assertThat(weekly.participants().get(1).handle()).isNull();
    }

    @Test
    @DisplayName("writes the JSON shape of the API, leaving out what is unknown")
    void json() {
        JsonNode j = new ObjectMapper().valueToTree(meetings.meeting("container/20230515.md"));
        assertThat(j.at("/series/slug").asText()).isEqualTo("container");
        assertThat(j.at("/sections/0").has("topic")).isFalse();
        assertThat(j.at("/sections/1/people/0/handle").asText()).isEqualTo("alice");
        assertThat(j.at("/actionItems/0").has("status")).isFalse();
        assertThat(j.at("/referencedBy/0/title").asText()).isEqualTo("Tech Weekly 2023-05-16");
    }

    @Test
    @DisplayName("an unknown meeting is a MeetingNotFoundException naming what was asked")
    void unknown() {
        assertThatThrownBy(() -> meetings.meeting("container/19990101.md"))
                .isInstanceOf(MeetingNotFoundException.class).hasMessageContaining("container/19990101.md");
        assertThatThrownBy(() -> meetings.meeting(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
