package org.minutegraph.server.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minutegraph.ingest.store.MinutegraphStore;
import org.minutegraph.ontology.MG;
import org.minutegraph.server.graph.EntityDescription.IncomingLinks;
import org.minutegraph.server.graph.EntityDescription.PropertyValues;

class EntityServiceTests {

    static final String B = GraphFixture.IRIS.base();
    static final String MEETING = GraphFixture.IRIS.meeting("container/20230220.md");

    @TempDir
    static Path dir;
    static MinutegraphStore store;
    static EntityService entities;

    @BeforeAll
    static void open() {
        store = GraphFixture.open(dir);
        entities = new EntityService(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @ParameterizedTest(name = "{0} is a {1} labelled \"{2}\"")
    @DisplayName("tells the kind and label of every kind of resource")
    @CsvSource({
            "meeting/container/20230220, meeting, Team Container 2023-02-20",
            "person/alice, person, Alice Example",
            "person/~carla-muster, person, Carla Muster",
            "series/container, series, Team Container",
            "topic/registry, topic, Registry",
            "tool/harbor, tool, Harbor",
            "category/container-registry, category, container registry",
            "meeting/container/20230220/section/4, section, Registry",
            "meeting/container/20230220/action/8, action, try out replication between two registries",
            "meeting/container/20230220/decision/10, decision, the reference registry stays the one we run today"})
    void kinds(String local, String kind, String label) {
        EntityDescription d = entities.describe(B + local);
        assertThat(d.kind().json()).isEqualTo(kind);
        assertThat(d.label()).isEqualTo(label);
        assertThat(d.types()).isNotEmpty();
    }

    @Test
    @DisplayName("groups outgoing values by predicate, labelling IRIs and typing literals")
    void properties() {
        EntityDescription d = entities.describe(MEETING);
        PropertyValues participants = property(d, MG.participant.getURI());
        assertThat(participants.predicateLabel()).isEqualTo("mg:participant");
        assertThat(participants.values()).extracting(EntityDescription.Value::label).containsExactlyInAnyOrder("Alice Example", "Bob Sample");
        PropertyValues date = property(d, "http://purl.org/dc/terms/date");
        assertThat(date.values()).singleElement().satisfies(v -> {
            assertThat(v.literal()).isEqualTo("2023-02-20");
            assertThat(v.datatype()).endsWith("#date");
            assertThat(v.iri()).isNull();
        });
        assertThat(property(d, MG.references.getURI()).values()).extracting(EntityDescription.Value::label).containsExactly("standards#212");
    }

    @Test
    @DisplayName("counts incoming links per predicate and lists the subjects up to the cap")
    void incoming() {
        EntityDescription d = entities.describe(GraphFixture.HARBOR, 2);
        IncomingLinks mentions = d.incoming().stream().filter(i -> i.predicate().equals(MG.mentions.getURI())).findFirst().orElseThrow();
        assertThat(mentions.total()).isEqualTo(3);
        assertThat(mentions.subjects()).hasSize(2);
        assertThat(mentions.subjects().get(0).label()).isEqualTo("Registry (container/20230220.md)");
        EntityDescription m = entities.describe(GraphFixture.IRIS.meeting("container/20230515.md"));
        assertThat(m.incoming()).extracting(IncomingLinks::predicateLabel).contains("mg:references", "mg:inMeeting");
    }

    @Test
    @DisplayName("describeModel holds the outgoing triples, the labels of their objects and incoming links")
    void model() {
        Model m = entities.describeModel(MEETING);
        var meeting = m.getResource(MEETING);
        assertThat(m.listObjectsOfProperty(meeting, MG.participant).toList()).hasSize(2);
        assertThat(meeting.getProperty(MG.sourcePath).getString()).isEqualTo("container/20230220.md");
        assertThat(m.getResource(B + "person/alice").getProperty(MG.handle).getString()).isEqualTo("alice");
        assertThat(m.contains(ResourceFactory.createResource(MEETING + "/section/4"), MG.inMeeting, meeting)).isTrue();
        assertThat(m.getNsPrefixURI("mg")).isEqualTo(MG.NS);
        Model tool = entities.describeModel(GraphFixture.HARBOR);
        assertThat(tool.getResource(GraphFixture.HARBOR).getProperty(SKOS.broader).getResource().getURI()).endsWith("category/container-registry");
        assertThat(entities.describeModel(B + "nothing/here").isEmpty()).isTrue();
    }

    @Test
    @DisplayName("an IRI the graph knows nothing of is not found; a non-IRI is a bad argument")
    void errors() {
        assertThatThrownBy(() -> entities.describe(B + "tool/nothing")).isInstanceOf(GraphNotFoundException.class).hasMessageContaining("tool/nothing");
        assertThatThrownBy(() -> entities.describe("Harbor")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> entities.describe(B + "x> } DROP ALL {<y")).isInstanceOf(IllegalArgumentException.class);
    }

    static PropertyValues property(EntityDescription d, String predicate) {
        return d.properties().stream().filter(p -> p.predicate().equals(predicate)).findFirst().orElseThrow();
    }
}
