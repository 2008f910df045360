package org.minutegraph.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutegraph.ingest.extract.Docs.item;
import static org.minutegraph.ingest.extract.Docs.para;
import static org.minutegraph.ingest.extract.Docs.section;
import static org.minutegraph.ingest.extract.Docs.sectionOf;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.minutegraph.ingest.model.DocSection;
import org.minutegraph.ingest.model.PersonRef;

@DisplayName("SponsorExtractor")
class SponsorExtractorTests {

    private final SponsorExtractor extractor = new SponsorExtractor(new PersonParser());

    private String keys(DocSection s) {
        return String.join(" ", extractor.extract(s).stream().map(PersonRef::key).toList());
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            sponsor: @aone                        | aone
            Sponsor: Anna Schmidt                 | name:anna schmidt
            sponsor: @aone/@btwo                  | aone btwo
            sponsor: @aone & @btwo                | aone btwo
            sponsor: @aone; time: 5 min           | aone
            sponsor: @aone, 8 mins                | aone
            sponsor: @aone (also known as Alf)    | aone
            Sponsor @aone                         | aone
            sponsored by Jane Roe (@jroe)         | jroe
            """)
    void lines(String line, String expected) {
        assertThat(keys(sectionOf(section("Certification scope", 4, para(line), item("some discussion"))))).isEqualTo(expected);
    }

    @Test
    @DisplayName("people in parentheses at the end of the heading")
    void heading() {
        assertThat(keys(sectionOf(section("State of the status page (@aone, @btwo)", 3)))).isEqualTo("aone btwo");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"Sponsors wanted!", "More sponsoring wanted", "We thank our sponsors", "sponsor: none yet"})
    void noSponsor(String line) {
        assertThat(extractor.extract(sectionOf(section("Funding (CI)", 3, item(line))))).isEmpty();
    }

    @Test
    @DisplayName("a heading and a line naming the same person give one sponsor")
    void once() {
        assertThat(keys(sectionOf(section("Zuul upgrade (@aone)", 3, para("sponsor: @AONE"))))).isEqualTo("aone");
    }
}
