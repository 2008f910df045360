package org.minutegraph.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutegraph.ingest.extract.Docs.doc;
import static org.minutegraph.ingest.extract.Docs.item;
import static org.minutegraph.ingest.extract.Docs.para;
import static org.minutegraph.ingest.extract.Docs.section;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.minutegraph.ingest.model.MinutesDocument;
import org.minutegraph.ingest.model.PersonRef;

@DisplayName("MinuteTakerExtractor")
class MinuteTakerExtractorTests {

    private final MinuteTakerExtractor extractor = new MinuteTakerExtractor(new PersonParser());

    private List<String> keys(MinutesDocument doc) {
        return extractor.extract(doc).stream().map(PersonRef::key).toList();
    }

    @Nested
    @DisplayName("labelled lines")
    class Lines {

        @ParameterizedTest(name = "[{0}] -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                Minutes: Jonas                                                     | name:jonas
                Minute taker: @aone                                                | aone
                Minutes taken by @aone                                             | aone
                Minutes by Anna Schmidt                                            | name:anna schmidt
                Protocol: Anna Schmidt                                             | name:anna schmidt
                minute taking: @aone                                               | aone
                Minutes-transfer: @aone                                            | aone
                Transfer of minutes: @aone                                         | aone
                Responsible for the minutes (writing and transfer to github): @aone | aone
                Minutes taking & transfer: @aone                                   | aone
                """)
        void reads(String line, String key) {
            assertThat(keys(doc(section("Meta", item(line))))).containsExactly(key);
        }

        @ParameterizedTest(name = "[{0}]")
        @ValueSource(strings = {
            "Minutes: https://example.org/minutes/team/20240101.md", "Minutes: none yet", "Minutes: (none yet)",
            "Minutes:", "Minutes: not yet", "Minutes of last week: approved", "5 minutes: intro round",
            "Report in community call: @btwo"
        })
        void ignores(String line) {
            assertThat(extractor.extract(doc(section("Meta", item(line))))).isEmpty();
        }

        @Test
        @DisplayName("a minutes label followed by a sentence names nobody")
        void sentenceAfterLabel() {
            assertThat(extractor.extract(doc(section("Team updates", para("Minutes:\nPlanned a workshop on Monday, 31st."))))).isEmpty();
        }
    }

    @Nested
    @DisplayName("headings that assign the minutes")
    class Headings {

        @ParameterizedTest(name = "[{0}]")
        @ValueSource(strings = {
            "Community call report and minutes transfer", ":telephone: Minutes taking&transfer", "Reporting & minutes",
            "Who presents in the community call and feeds minutes into the repo?", "Minute taker",
            "Designate people to transfer minutes and report in community call"
        })
        void accepts(String heading) {
            assertThat(MinuteTakerExtractor.isMinuteTakerHeading(heading)).isTrue();
        }

        @ParameterizedTest(name = "[{0}]")
        @ValueSource(strings = {"Minutes", "Agenda", "Minutes of the last meeting", "Who is reporting in the call next week"})
        void rejects(String heading) {
            assertThat(MinuteTakerExtractor.isMinuteTakerHeading(heading)).isFalse();
        }

        @Test
        @DisplayName("the people listed under the heading")
        void listed() {
            MinutesDocument d = doc(section("Participants", item("@aone"), item("@btwo")),
                    section("Community call report and minutes transfer", item("@btwo + Coop @cthree")));
            assertThat(keys(d)).containsExactly("btwo", "cthree");
        }

        @Test
        @DisplayName("only minute-taking labels count when the heading's items are labelled")
        void labelledItems() {
            MinutesDocument d = doc(section("Community call and minutes transfer",
                    item("Who presents in the call and transfers the minutes?"),
                    item(1, "Minutes-transfer: @aone"), item(1, "Report in community call: @btwo")));
            assertThat(keys(d)).containsExactly("aone");
        }

        @Test
        @DisplayName("the answer to 'who is reporting?' when the heading says nothing else")
        void reportingOnly() {
            MinutesDocument d = doc(section(":telephone: Community call and minutes transfer",
                    item("Who is reporting in the community call? @aone")));
            assertThat(keys(d)).containsExactly("aone");
        }

        @Test
        @DisplayName("sentences under the heading are not minute takers")
        void sentences() {
            MinutesDocument d = doc(section("Reporting & minutes",
                    item("@aone"), item("Proposal for new repository labels from @btwo needs review")));
            assertThat(keys(d)).containsExactly("aone");
        }
    }

    @Test
    @DisplayName("'Who ... minutes?' questions are answered by their nested items, not by other questions' items")
    void questions() {
        MinutesDocument d = doc(section("Housekeeping",
                item("Who is presenting in the weekly call and transforming the pad to minutes?"), item(1, "@aone"),
                item("Anything else to add to the agenda?"), item(1, "New labels for issues (@btwo)")));
        assertThat(keys(d)).containsExactly("aone");
    }
}
