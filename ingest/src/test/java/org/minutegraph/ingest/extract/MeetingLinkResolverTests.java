package org.minutegraph.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MeetingLinkResolverTests {

    private static final String FROM = "community-call/20230223.md";
    private final MeetingLinkResolver resolver = MeetingLinkResolver.forGitHub("SovereignCloudStack", "minutes", "main",
            Set.of("container/20230220.md", "iaas/20230222.md", "community-call/20230216.md", "flat note.md", FROM));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://github.com/SovereignCloudStack/minutes/blob/main/container/20230220.md|container/20230220.md",
            "https://github.com/SovereignCloudStack/minutes/blob/main/iaas/20230222.md|iaas/20230222.md",
            "https://github.com/SovereignCloudStack/minutes/tree/main/iaas/20230222.md|iaas/20230222.md",
            "https://raw.githubusercontent.com/SovereignCloudStack/minutes/main/iaas/20230222.md|iaas/20230222.md",
            "https://github.com/sovereigncloudstack/minutes/blob/main/iaas/20230222.md#L10|iaas/20230222.md",
            "https://github.com/SovereignCloudStack/minutes/blob/main/iaas/20230222.md?plain=1#L3-L9|iaas/20230222.md",
            "https://github.com/SovereignCloudStack/minutes/blob/main/iaas/20230222|iaas/20230222.md",
            "https://github.com/SovereignCloudStack/minutes/blob/main/flat%20note.md|flat note.md",
            "../container/20230220.md|container/20230220.md",
            "./20230216.md|community-call/20230216.md",
            "20230216.md#agenda|community-call/20230216.md",
            "/iaas/20230222.md|iaas/20230222.md",
            "../iaas/./../container/20230220.md|container/20230220.md",
    })
    void resolves(String url, String path) {
        assertThat(resolver.resolve(url, FROM)).contains(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://github.com/SovereignCloudStack/minutes/blob/main/container/20990101.md",
            "https://github.com/SovereignCloudStack/minutes/tree/main/container",
            "https://github.com/SovereignCloudStack/minutes/blob/feature/container/20230220.md",
            "https://github.com/SovereignCloudStack/standards/blob/main/container/20230220.md",
            "https://example.org/container/20230220.md",
            "../../../container/20230220.md",
            "#agenda",
            "mailto:someone@example.org",
            "//cdn.example.org/container/20230220.md",
            "",
    })
    void rejects(String url) {
        assertThat(resolver.resolve(url, FROM)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"container/20230220.md", "20230220.md"})
    void relativeToAFlatCorpus(String url) {
        MeetingLinkResolver flat = new MeetingLinkResolver(java.util.List.of("https://example.org/minutes"),
                Set.of("20230220.md", "container/20230220.md"));
        assertThat(flat.resolve(url, "20230101.md")).contains(url);
        assertThat(flat.resolve("https://example.org/minutes/" + url, "20230101.md")).contains(url);
    }
}
