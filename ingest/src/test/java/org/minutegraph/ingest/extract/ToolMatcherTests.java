package org.minutegraph.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutegraph.ingest.extract.TextFixtures.tool;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.minutegraph.ingest.model.Block;

class ToolMatcherTests {

    private final ToolMatcher matcher = new ToolMatcher(ToolVocabulary.from(TextFixtures.toolsModel()));

    private java.util.Set<String> tools(String prose) {
        return matcher.toolIris(prose, "");
    }

    @Nested
    @DisplayName("finds labels and aliases")
    class Labels {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "We evaluated Harbor as the registry.|harbor",
                "moving from harbor to something else|harbor",
                "HARBOR was down over the weekend|harbor",
                "the k8s upgrade went fine|kubernetes",
                "K8s 1.29 is out|kubernetes",
                "Cluster-API provider bumped|cluster-api",
                "cluster api docs need love|cluster-api",
                "the Cluster API book|cluster-api",
                "CAPI images are built nightly|cluster-api",
                "our capi setup|cluster-api",
                "we compare CAPIs across vendors|cluster-api",
                "OSISM's release is out|osism",
                "Keppel’s quota model|keppel",
                "the Status Page app|status-page",
                "the Status-Page frontend|status-page",
                "Open Stack summit|openstack",
                "notes in CodiMD (now HedgeDoc)|hedgedoc",
                "rewriting it in C++ for speed|cpp",
                "Keycloak-based login works|keycloak",
                "the OVN load balancer|ovn",
        })
        void finds(String prose, String slug) {
            assertThat(tools(prose)).containsExactly(tool(slug));
        }

        @Test
        void reportsOffsetsLengthsAndTheLabelThatMatched() {
            String prose = "Zitadel or Keycloak? And cluster-api.";
            List<ToolMention> mentions = matcher.mentions(prose, "");
            assertThat(mentions).extracting(m -> m.in(prose)).containsExactly("Zitadel", "Keycloak", "cluster-api");
            assertThat(mentions).extracting(ToolMention::toolIri)
                    .containsExactly(tool("zitadel"), tool("keycloak"), tool("cluster-api"));
            assertThat(mentions.get(2).label()).isIn("Cluster API", "Cluster-API");
        }

        @Test
        void slashSeparatesTwoTools() {
            assertThat(tools("Harbor/Keppel comparison")).containsExactlyInAnyOrder(tool("harbor"), tool("keppel"));
        }

        @Test
        void prefersTheLongestLabel() {
            assertThat(tools("Open Stack")).containsExactly(tool("openstack"));
            assertThat(matcher.mentions("Cluster API", "")).hasSize(1);
        }
    }

    @Nested
    @DisplayName("does not count")
    class Rejections {
        @ParameterizedTest
        @ValueSource(strings = {
                "see the k8s-harbor repository",
                "deploy harbor-operator first",
                "the harbor_db table",
                "served from harbor.example.org",
                "ask @harbor about it",
                "the #keycloak channel",
                "a harboring thought",
                "the repository that harbors the new monitor",
                "ovn is lower case here",
                "let's go now",
                "GO live next week",
                "a compatibility matrix for flavors",
                "a heated debate about heat pumps",
        })
        void rejects(String prose) {
            assertThat(tools(prose)).isEmpty();
        }

        @Test
        void blankedUrlsAndInlineCodeAreNotMentions() {
            Block b = TextFixtures.paragraph(3, "see https://github.com/goharbor/harbor and `harbor-core` logs");
            assertThat(b.text()).contains("harbor");
            assertThat(matcher.toolIris(b.prose(), "")).isEmpty();
        }

        @Test
        void aLongerIdentifierIsNotItsAlias() {
            assertThat(tools("k8s-cluster-api-provider release")).isEmpty();
        }
    }

    @Nested
    @DisplayName("ambiguous tools")
    class Ambiguous {
        @Test
        void matrixNeedsAChatContext() {
            assertThat(tools("Join us on Matrix in the SCS room")).containsExactly(tool("matrix"));
            assertThat(tools("Matrix of supported versions")).isEmpty();
        }

        @Test
        void contextMayComeFromTheHeadingOrSection() {
            assertThat(matcher.toolIris("moved to Matrix last week", "Chat channels")).containsExactly(tool("matrix"));
        }

        @Test
        void heatNeedsExactCaseAndOpenStackContext() {
            assertThat(tools("Heat templates for the OpenStack cluster"))
                    .containsExactlyInAnyOrder(tool("heat"), tool("openstack"));
            assertThat(tools("heat templates for the stack")).isEmpty();
            assertThat(tools("Heat was high in the room today")).isEmpty();
        }

        @Test
        void goNeedsExactCaseAndContext() {
            assertThat(tools("the exporter is written in Go, a single binary")).containsExactly(tool("go"));
            assertThat(tools("Go for it")).isEmpty();
        }

        @Test
        void contextTermsAreWholeWords() {
            assertThat(tools("Matrix chatter")).isEmpty();
            assertThat(tools("Matrix chats")).containsExactly(tool("matrix"));
        }
    }

    @Test
    @DisplayName("matches many blocks quickly enough to run per block")
    void handlesLongInput() {
        String sentence = "Harbor and Keppel on k8s via Cluster API, with OSISM and a compatibility matrix. ";
        String prose = sentence.repeat(2_000);
        List<ToolMention> mentions = matcher.mentions(prose, "");
        assertThat(mentions).hasSize(5 * 2_000);
    }
}
