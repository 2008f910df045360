package org.minutegraph.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutegraph.ingest.extract.Docs.code;
import static org.minutegraph.ingest.extract.Docs.doc;
import static org.minutegraph.ingest.extract.Docs.item;
import static org.minutegraph.ingest.extract.Docs.para;
import static org.minutegraph.ingest.extract.Docs.section;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minutegraph.ingest.model.MinutesDocument;
import org.minutegraph.ingest.model.PersonRef;

@DisplayName("ParticipantExtractor")
class ParticipantExtractorTests {

    private final ParticipantExtractor extractor = new ParticipantExtractor(new PersonParser());

    private List<String> keys(MinutesDocument doc) {
        return extractor.extract(doc).stream().map(PersonRef::key).toList();
    }

    @Nested
    @DisplayName("recognises participant headings")
    class Headings {

        @ParameterizedTest(name = "[{0}]")
        @ValueSource(strings = {
            "Participants", "Participants:", ":family: Participants (github handles preferred)",
            "Participants - use of github handle is preferred", "Participants (preferably GitHub handles)",
            "Present", "Attendees", "Attendance", "Teilnehmer", "**Attendees**"
        })
        void accepts(String heading) {
            assertThat(ParticipantExtractor.isParticipantHeading(heading)).isTrue();
        }

        @ParameterizedTest(name = "[{0}]")
        @ValueSource(strings = {
            "Presentation of the new dashboard", "New participants", "Low attendance today", "Agenda",
            "Present the roadmap to the board", "Call for Participation"
        })
        void rejects(String heading) {
            assertThat(ParticipantExtractor.isParticipantHeading(heading)).isFalse();
        }
    }

    @Test
    @DisplayName("every item of a participant list, in order")
    void listItems() {
        MinutesDocument d = doc(
                section("2024-01-01", 1),
                section("Participants (github handles preferred)",
                        item("@aone"), item("@btwo"), item("Jane Roe @jroe (PO)"), item("Anna Schmidt"), item("cfour")),
                section("Agenda", item("@zed will present")));
        assertThat(extractor.extract(d)).containsExactly(
                PersonRef.ofHandle("aone"), PersonRef.ofHandle("btwo"), new PersonRef("jroe", "Jane Roe"),
                PersonRef.ofName("Anna Schmidt"), PersonRef.ofHandle("cfour"));
    }

    @Test
    @DisplayName("a person written twice counts once, a name and its name+handle pair too")
    void dedupe() {
        MinutesDocument d = doc(section("Participants",
                item("Jane Roe"), item("@aone"), item("Jane Roe (@jroe)"), item("@AONE (late)"), item("@jroe")));
        assertThat(extractor.extract(d)).containsExactly(new PersonRef("jroe", "Jane Roe"), PersonRef.ofHandle("aone"));
    }

    @Test
    @DisplayName("people listed as excused or absent are not participants")
    void excused() {
        MinutesDocument d = doc(section("Present",
                item("@aone"), item("not: @btwo (travelling)"), item("excused: @cthree"),
                item("Absent:"), item(1, "@dfour"), para("Excused:"), item("@efive")));
        assertThat(keys(d)).containsExactly("aone");
    }

    @Test
    @DisplayName("sentences, links and code in a participant section are not people")
    void noise() {
        MinutesDocument d = doc(section("Participants",
                item("@aone"), para("We started ten minutes late because of the video bridge."),
                para("Project board: https://example.org/board"), code("@notaperson"), item("Summary & minutes transfer: @btwo")));
        assertThat(keys(d)).containsExactly("aone");
    }

    @Test
    @DisplayName("a paragraph of one handle per line, or several handles in one item")
    void linesAndLists() {
        MinutesDocument d = doc(section("Attendees", para("@aone\n@btwo"), item("@cthree, @dfour")));
        assertThat(keys(d)).containsExactly("aone", "btwo", "cthree", "dfour");
    }

    @Test
    @DisplayName("'Participants: @a, @b' and 'Attendees: a, b' lines anywhere, e.g. in a Meta section")
    void inlineLabels() {
        MinutesDocument d = doc(
                section("Meta", item("Attendees: Anna Schmidt, Bob Stone, @cthree"), item("Minutes: Jonas")),
                section("Breakout", item("Participants: @dfour, @efive"), item("Participants: 12")),
                section("Other", item("Participants:"), item(1, "@ffsix")));
        assertThat(keys(d)).containsExactly("name:anna schmidt", "name:bob stone", "cthree", "dfour", "efive", "ffsix");
    }

    @Test
    @DisplayName("front matter lists participants too")
    void frontMatter() {
        MinutesDocument plain = doc(section("Notes", para("Nothing about people.")));
        MinutesDocument d = new MinutesDocument(plain.sourcePath(), plain.series(), plain.title(), Optional.empty(),
                Map.of("attendees", "[\"@aone\", \"Jane Roe\"]"), plain.sections(), plain.lineCount(), List.of());
        assertThat(keys(d)).containsExactly("aone", "name:jane roe");
    }

    @Test
    @DisplayName("a document without participants gives an empty list")
    void none() {
        assertThat(extractor.extract(doc(section("Agenda", item("@aone said hello"))))).isEmpty();
    }
}
