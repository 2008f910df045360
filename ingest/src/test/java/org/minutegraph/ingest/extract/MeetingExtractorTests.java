package org.minutegraph.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutegraph.ingest.extract.Docs.item;
import static org.minutegraph.ingest.extract.Docs.section;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutegraph.ingest.model.Meeting;
import org.minutegraph.ingest.model.MeetingSection;

class MeetingExtractorTests {

    private final MeetingExtractor extractor = new MeetingExtractor(new ExtractionSettings(
            ToolVocabulary.from(TextFixtures.toolsModel()), GitHubRefs.of("SovereignCloudStack"),
            new MeetingLinkResolver(List.of(), java.util.Set.of()), PersonFilter.defaults()));

    private MeetingSection only(String heading, String bullet) {
        Meeting m = extractor.extract(Docs.doc(section("Weekly", 1), section(heading, 2, item(bullet))), LocalDate.of(2024, 1, 1));
        return m.sections().stream().filter(s -> s.heading().equals(heading)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("a section titled with an ambiguous tool's name is about that tool, without a context term")
    void headingNamesTheTool() {
        assertThat(only("Matrix", "no news this week").tools()).containsExactly(TextFixtures.tool("matrix"));
        assertThat(only("Matrix (@alice)", "no news this week").tools()).containsExactly(TextFixtures.tool("matrix"));
    }

    @Test
    @DisplayName("the everyday word in a longer heading or in prose still needs its context")
    void wordInAHeadingIsNotEnough() {
        assertThat(only("Matrix of responsibilities", "who does what").tools()).isEmpty();
        assertThat(only("Planning", "fill in the matrix of owners").tools()).isEmpty();
    }
}
