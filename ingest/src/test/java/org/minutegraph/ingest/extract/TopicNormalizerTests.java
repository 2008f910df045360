package org.minutegraph.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.minutegraph.ingest.model.TopicRef;

class TopicNormalizerTests {

    private final TopicNormalizer normalizer = new TopicNormalizer();

    private Optional<TopicRef> topic(String heading) {
        return normalizer.topic(heading, 3);
    }

    @Nested
    @DisplayName("one topic however the heading is written")
    class SameTopic {
        @ParameterizedTest
        @ValueSource(strings = {
                "Registry", "Registry (@mkowalski)", "Registry – standards#212", "3. Registry", "**Registry**",
                "Registry:", "Registry update", "Registry updates", "Update on Registry", "TOP 3: Registry",
                "Item 2 - Registry", "1.2 Registry", "3) Registry", "\"Registry\"", "Registry (sponsor: Jane)",
                "Registry #212", "Registry (https://example.org/board)", "Registry 2024-05-14", ":package: Registry",
                "📦 Registry", "Registry @janedoe", "Registry (@jane ~5min)", "Registry – standards/#212", "registry status",
                "Registry follow-up", "[#12](https://github.com/o/r/issues/12) Registry", "Registry?",
        })
        void registry(String heading) {
            Optional<TopicRef> t = topic(heading);
            assertThat(t).as(heading).isPresent();
            assertThat(t.get().key()).isEqualTo("registry");
            assertThat(t.get().asWritten()).isEqualTo(heading.strip());
        }

        @Test
        void labelKeepsTheWordsAsWritten() {
            assertThat(topic("2. CAPI Images (@someone)").orElseThrow().label()).isEqualTo("CAPI Images");
        }

        @Test
        void pluralsMeet() {
            assertThat(topic("CAPI Images").orElseThrow().key()).isEqualTo(topic("CAPI image").orElseThrow().key())
                    .isEqualTo("capi-image");
            assertThat(topic("Policies").orElseThrow().key()).isEqualTo("policy");
            assertThat(topic("Status Page").orElseThrow().key()).isEqualTo("status-page");
            assertThat(topic("OSS health checks").orElseThrow().key()).isEqualTo("oss-health-check");
        }
    }

    @Nested
    @DisplayName("keeps the meaning")
    class Meaning {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "Status Page|status-page",
                "Zuul for SCS|zuul-for-scs",
                "Team IaaS|team-iaas",
                "Ubuntu 22.04|ubuntu-22-04",
                "R5 planning|r5-planning",
                "Update to latest cilium (0.13.1)|update-to-latest-cilium-0-13-1",
                "Sovereign Cloud Stack Summit May 14, 2024 in Berlin|sovereign-cloud-stack-summit-in-berlin",
                "Zuul for SCS #157|zuul-for-scs",
                "Keycloak deployment on k3s|keycloak-deployment-on-k3s",
        })
        void key(String heading, String key) {
            assertThat(topic(heading).orElseThrow().key()).isEqualTo(key);
        }
    }

    @Nested
    @DisplayName("is not a topic")
    class NotTopics {
        @ParameterizedTest
        @ValueSource(strings = {
                "Participants", "Participants (github handles preferred)", "Present", "Attendees", "Agenda", "Agenda:",
                "Meta", "Minutes", "Action items", "AIs", "Check AIs from last time", "Pending action items", "Decisions",
                "Notes", "Next meeting", "AOB", "Open discussion", "Team updates", "Community call report and minutes transfer",
                "Reporting in community call and minutes transfer to repo", "Housekeeping (@someone)", "Recurring items",
                "2023-02-13", "**2023-02-13**", "", "   ", ":notebook: Agenda", "Who presents in Thu community call?",
                "Updates", "#12",
        })
        void generic(String heading) {
            assertThat(topic(heading)).as(heading).isEmpty();
        }

        @Test
        void titlesAreNotTopics() {
            assertThat(normalizer.topic("Team Container", 1)).isEmpty();
            assertThat(normalizer.topic("", 0)).isEmpty();
            assertThat(normalizer.topic("Team Container", 2)).isPresent();
        }
    }
}
