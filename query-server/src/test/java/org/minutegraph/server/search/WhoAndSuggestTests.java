package org.minutegraph.server.search;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.minutegraph.ingest.index.PassageIndex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.minutegraph.server.catalog.EntityKind;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhoAndSuggestTests {

    PassageIndex index;
    SearchServices services;

    @BeforeAll
    void build(@TempDir Path dir) {
        TestCorpus.write(dir.resolve("index"), null);
        index = PassageIndex.open(dir.resolve("index"));
        services = SearchServices.create(index, TestCorpus.vocabulary(), null, SearchConfig.defaults());
    }

    @AfterAll
    void close() {
        index.close();
    }

    @Nested
    class Who {
        @Test
        void namedPeopleOutrankMereParticipants() {
            WhoResponse r = services.who().who("Harbor");
            assertThat(r.topic().iri()).isEqualTo(TestCorpus.HARBOR);
            assertThat(r.people().get(0).handle()).isEqualTo("alice-ops");
            WhoResponse.Person dave = r.people().stream().filter(p -> "dave".equals(p.handle())).findFirst().orElseThrow();
            assertThat(r.people().get(0).score()).isGreaterThan(dave.score());
            assertThat(dave.meetings()).isEqualTo(2);
            assertThat(r.people().get(0).evidence()).isNotEmpty().allMatch(e -> e.sourcePath().startsWith("container/"));
            assertThat(r.teams()).first().satisfies(t -> {
                assertThat(t.series()).isEqualTo("container");
                assertThat(t.label()).isEqualTo("Team Container");
            });
        }

        @Test
        void misspellingsAndAliasesResolve() {
            assertThat(services.who().who("harbour").topic().label()).isEqualTo("Harbor");
            assertThat(services.who().who("zitadell").topic().iri()).isEqualTo(TestCorpus.ZITADEL);
            assertThat(services.who().who("k8s").topic().iri()).isEqualTo(TestCorpus.KUBERNETES);
            WhoResponse zitadel = services.who().who("Zitadel");
            assertThat(zitadel.people().get(0).name()).isEqualTo("Carol Example");
            assertThat(zitadel.people().get(0).handle()).isEqualTo("carol");
        }

        @Test
        void categoryFindsItsTools() {
            WhoResponse r = services.who().who("identity provider");
            assertThat(r.people()).extracting(WhoResponse.Person::handle).contains("carol");
        }

        @Test
        void unknownTopicFallsBackToText() {
            WhoResponse r = services.who().who("budget");
            assertThat(r.topic().iri()).isNull();
            assertThat(r.people()).extracting(WhoResponse.Person::handle).containsExactly("dave");
            assertThat(services.who().who("qwertzuiop").people()).isEmpty();
            assertThatThrownBy(() -> services.who().who(" ")).isInstanceOf(InvalidQueryException.class);
        }
    }

    @Nested
    class Suggest {
        @Test
        void prefixesMatchAnyWordCaseInsensitively() {
            assertThat(services.suggest().suggest("api", 10)).extracting(Suggestion::label).contains("Cluster API");
            assertThat(services.suggest().suggest("CAP", 10)).extracting(Suggestion::label).contains("Cluster API");
            assertThat(services.suggest().suggest("team c", 10)).extracting(Suggestion::kind).contains(EntityKind.SERIES);
            assertThat(services.suggest().suggest("", 10)).isEmpty();
        }

        @Test
        void frequentFirst() {
            var s = services.suggest().suggest("k", 10);
            assertThat(s).extracting(Suggestion::label).containsSubsequence("Keppel", "Keycloak");
            assertThat(services.suggest().suggest("harb", 1)).singleElement().satisfies(x -> {
                assertThat(x.iri()).isEqualTo(TestCorpus.HARBOR);
                assertThat(x.count()).isEqualTo(2);
            });
            assertThat(services.suggest().suggest("reg", 10)).extracting(Suggestion::kind).contains(EntityKind.TOPIC);
            assertThat(services.suggest().suggest("car", 10)).extracting(Suggestion::kind).contains(EntityKind.PERSON);
        }
    }
}
