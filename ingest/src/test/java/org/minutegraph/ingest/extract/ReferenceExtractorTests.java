package org.minutegraph.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutegraph.ingest.extract.TextFixtures.listItem;
import static org.minutegraph.ingest.extract.TextFixtures.paragraph;

import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.minutegraph.ingest.model.Link;

class ReferenceExtractorTests {

    private static final String GH = "https://github.com/";
    private final ReferenceExtractor extractor = new ReferenceExtractor(GitHubRefs.of("SovereignCloudStack")
            .withKnownOwners(Set.of("SovereignCloudStack", "osism"))
            .withOwnerAlias("SCS", "SovereignCloudStack")
            .withRepositoryAlias("k8s-capi", "k8s-cluster-api-provider"));

    @Nested
    @DisplayName("full URLs")
    class Urls {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "https://github.com/SovereignCloudStack/standards/issues/212|SovereignCloudStack/standards/issues/212",
                "https://github.com/SovereignCloudStack/standards/pull/5|SovereignCloudStack/standards/pull/5",
                "https://github.com/SovereignCloudStack/standards/pull/5/files|SovereignCloudStack/standards/pull/5",
                "https://github.com/SovereignCloudStack/standards/pull/5/files#diff-abc|SovereignCloudStack/standards/pull/5",
                "https://github.com/SovereignCloudStack/issues/issues/300#issuecomment-123|SovereignCloudStack/issues/issues/300",
                "https://github.com/sovereigncloudstack/docs/issues/7?foo=bar|SovereignCloudStack/docs/issues/7",
                "http://www.github.com/osism/testbed/pull/1000|osism/testbed/pull/1000",
                "https://github.com/other/thing/pulls/3|other/thing/pull/3",
        })
        void canonical(String url, String iri) {
            assertThat(extractor.fromUrl(url)).contains(GH + iri);
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "https://github.com/SovereignCloudStack/standards",
                "https://github.com/SovereignCloudStack/standards/blob/main/README.md#L12",
                "https://github.com/SovereignCloudStack/standards/issues",
                "https://github.com/SovereignCloudStack/standards/issues/12abc",
                "https://gitlab.com/a/b/issues/1",
                "https://github.com/SovereignCloudStack/minutes/blob/main/container/20230220.md",
        })
        void notAReference(String url) {
            assertThat(extractor.fromUrl(url)).isEmpty();
        }
    }

    @Nested
    @DisplayName("short forms in prose")
    class ShortForms {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "merged standards#212 today|SovereignCloudStack/standards/issues/212",
                "see standards/#212 for it|SovereignCloudStack/standards/issues/212",
                "(k8s-capi/#351)|SovereignCloudStack/k8s-cluster-api-provider/issues/351",
                "osism/issues#14 is open|osism/issues/issues/14",
                "osism/testbed/#99|osism/testbed/issues/99",
                "SCS/docs#3|SovereignCloudStack/docs/issues/3",
                "SovereignCloudStack/issues#600.|SovereignCloudStack/issues/issues/600",
        })
        void resolves(String prose, String iri) {
            assertThat(extractor.fromBlock(paragraph(1, prose))).containsExactly(GH + iri);
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "fixed in #212", "PR#12 merged", "issue#7", "color #50c3a5 is teal", "standards#12abc",
                "unknownowner/repo#5", "`standards#212` in code", "a/b/c#1", "mail@standards#3",
        })
        void ignores(String prose) {
            assertThat(extractor.fromBlock(paragraph(1, prose))).isEmpty();
        }

        @Test
        void codeBlocksAreNotRead() {
            assertThat(extractor.fromBlock(TextFixtures.code(4, "standards#212\nhttps://github.com/o/r/issues/1"))).isEmpty();
        }

        @Test
        void withoutKnownOwnersAnyOwnerIsAccepted() {
            ReferenceExtractor open = new ReferenceExtractor(GitHubRefs.of("acme"));
            assertThat(open.fromBlock(paragraph(1, "see foo/bar#2 and baz#3")))
                    .containsExactlyInAnyOrder(GH + "foo/bar/issues/2", GH + "acme/baz/issues/3");
        }

        @Test
        void knownRepositoriesRestrictBareShortForms() {
            ReferenceExtractor strict = new ReferenceExtractor(GitHubRefs.of("acme").withKnownRepositories(Set.of("Docs")));
            assertThat(strict.fromBlock(paragraph(1, "docs#1, Hackathon#2, k8s/#3")))
                    .containsExactly(GH + "acme/Docs/issues/1");
        }
    }

    @Nested
    @DisplayName("links")
    class Links {
        @Test
        void theUrlWinsOverTheLinkText() {
            var block = listItem(5, "Merged standards#1 today",
                    new Link("https://github.com/SovereignCloudStack/standards/issues/2", "standards#1", 5));
            assertThat(extractor.fromBlock(block)).containsExactly(GH + "SovereignCloudStack/standards/issues/2");
        }

        @Test
        void linkTextElsewhereInTheProseStillCounts() {
            var block = listItem(5, "standards#1 and standards#7",
                    new Link("https://github.com/SovereignCloudStack/standards/pull/1", "standards#1", 5));
            assertThat(extractor.fromBlock(block)).containsExactlyInAnyOrder(
                    GH + "SovereignCloudStack/standards/pull/1", GH + "SovereignCloudStack/standards/issues/7");
        }

        @Test
        void bareUrlsInTextCountEvenWithoutALink() {
            var block = paragraph(2, "tracked in https://github.com/SovereignCloudStack/docs/pull/96#discussion_r1");
            assertThat(extractor.fromBlock(block)).containsExactly(GH + "SovereignCloudStack/docs/pull/96");
        }

        @Test
        void nonGitHubLinkTextIsReadAsProse() {
            var block = paragraph(2, "see standards#4", new Link("https://example.org/x", "standards#4", 2));
            assertThat(extractor.fromBlock(block)).containsExactly(GH + "SovereignCloudStack/standards/issues/4");
        }
    }

    @Test
    void headingsAreReadAsText() {
        assertThat(extractor.fromText("#317 PS domain https://github.com/SovereignCloudStack/issues/issues/317 (k8s-capi/#2)"))
                .containsExactlyInAnyOrder(GH + "SovereignCloudStack/issues/issues/317",
                        GH + "SovereignCloudStack/k8s-cluster-api-provider/issues/2");
    }
}
