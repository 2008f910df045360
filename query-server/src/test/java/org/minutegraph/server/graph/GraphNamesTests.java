package org.minutegraph.server.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minutegraph.ingest.store.MinutegraphStore;
import org.minutegraph.server.catalog.Entity;
import org.minutegraph.server.catalog.EntityCatalog;
import org.minutegraph.server.catalog.EntityNotFoundException;

/** The graph's names in the catalog: what the timeline, summaries and entity pages resolve by. */
class GraphNamesTests {

    @TempDir
    static Path dir;
    static MinutegraphStore store;
    static EntityCatalog resolver;

    @BeforeAll
    static void open() {
        store = GraphFixture.open(dir);
        resolver = new GraphNames(store, GraphServices.DEFAULT_TIMEOUT).catalogs().current();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @ParameterizedTest(name = "\"{0}\" → {1} {2}")
    @DisplayName("resolves labels, alternative labels, handles, slugs and near spellings")
    @CsvSource({
            "Harbor, tool, harbor",
            "harbor, tool, harbor",
            "'  HARBOR ', tool, harbor",
            "goharbor, tool, harbor",
            "k8s, tool, kubernetes",
            "Zitadel, tool, zitadel",
            "harbour, tool, harbor",
            "zitadell, tool, zitadel",
            "Kubernetis, tool, kubernetes",
            "registry, topic, registry",
            "container registry, category, container-registry",
            "bob, person, bob",
            "@bob, person, bob",
            "Alice Example, person, alice",
            "carla muster, person, ~carla-muster",
            "container, series, container",
            "Team Container, series, container",
            "community-call, series, community-call",
            "Tech Weekly, series, community-call"})
    void resolves(String text, String kind, String last) {
        Entity e = resolver.resolve(text).orElseThrow();
        assertThat(e.kind().json()).isEqualTo(kind);
        assertThat(e.iri()).endsWith("/" + last);
    }

    @Test
    @DisplayName("the label is the preferred one, however the entity was named")
    void preferredLabel() {
        assertThat(resolver.resolve("k8s").orElseThrow().label()).isEqualTo("Kubernetes");
        assertThat(resolver.resolve("container").orElseThrow().label()).isEqualTo("Team Container");
        assertThat(resolver.resolve("@alice").orElseThrow().label()).isEqualTo("Alice Example");
    }

    @Test
    @DisplayName("a full IRI resolves to itself when the graph names it")
    void byIri() {
        assertThat(resolver.resolve(GraphFixture.HARBOR).orElseThrow().label()).isEqualTo("Harbor");
        assertThat(resolver.resolve("https://w3id.org/minutegraph/id/tool/nothing")).isEmpty();
    }

    @Test
    @DisplayName("short words are never matched fuzzily: one edit would make another word")
    void noFuzzyForShortWords() {
        assertThat(resolver.resolve("k9s")).isEmpty();
        assertThat(resolver.resolve("bobb")).map(Entity::label).contains("Bob Sample");
        assertThat(resolver.resolve("nothing like it")).isEmpty();
        assertThat(resolver.resolve("  ")).isEmpty();
    }

    @Test
    @DisplayName("candidates list prefixes and near spellings, best first")
    void candidates() {
        assertThat(resolver.candidates("zit", 5)).extracting(Entity::label).containsExactly("Zitadel");
        assertThat(resolver.candidates("Team", 5)).extracting(Entity::label).contains("Team Container", "Team IaaS");
        assertThat(resolver.candidates("kubernets", 3)).extracting(Entity::label).first().isEqualTo("Kubernetes");
    }

    @Test
    @DisplayName("require fails for an unknown name, offering what comes close")
    void requireUnknown() {
        assertThatThrownBy(() -> resolver.require("Kubernetes-Cluster"))
                .isInstanceOfSatisfying(EntityNotFoundException.class, e -> {
                    assertThat(e.query()).isEqualTo("Kubernetes-Cluster");
                    assertThat(e.candidates()).extracting(Entity::label).containsExactly("Kubernetes");
                })
                .hasMessageContaining("did you mean Kubernetes?");
        assertThatThrownBy(() -> resolver.require("qwertzuiop"))
                .isInstanceOfSatisfying(EntityNotFoundException.class, e -> assertThat(e.candidates()).isEmpty());
    }
}
