package org.minutegraph.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutegraph.ingest.extract.Docs.code;
import static org.minutegraph.ingest.extract.Docs.item;
import static org.minutegraph.ingest.extract.Docs.para;
import static org.minutegraph.ingest.extract.Docs.section;
import static org.minutegraph.ingest.extract.Docs.sectionOf;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutegraph.ingest.model.PersonRef;

@DisplayName("PersonMentionExtractor")
class PersonMentionExtractorTests {

    private final PersonMentionExtractor extractor = new PersonMentionExtractor(new PersonParser());

    @Test
    @DisplayName("@handles in prose, in order, once each")
    void handles() {
        var s = sectionOf(section("Registry", item("@aone and @btwo looked at the replication"), item(1, "@AONE reported back")));
        assertThat(extractor.extract(s)).containsExactly(PersonRef.ofHandle("aone"), PersonRef.ofHandle("btwo"));
    }

    @Test
    @DisplayName("not in URLs, inline code, code blocks or e-mail addresses; not group handles")
    void notInUrlsOrCode() {
        var s = sectionOf(section("Docs",
                para("see https://example.org/@cthree and `@type` in the JSON, mail ops@example.org, ping @all"),
                code("@dfour")));
        assertThat(extractor.extract(s)).isEmpty();
    }

    @Test
    @DisplayName("a participant list is not a mention")
    void participantSection() {
        assertThat(extractor.extract(sectionOf(section("Participants", item("@aone"))))).isEmpty();
    }

    @Test
    @DisplayName("names of people known from the file, as whole words, returned as the known ref")
    void knownNames() {
        PersonRef anna = PersonRef.ofName("Anna Schmidt");
        PersonRef jane = new PersonRef("jroe", "Jane Roe");
        PersonRef ed = new PersonRef("etest", "Ed");
        var s = sectionOf(section("Storage", item("anna schmidt showed the benchmark; Annabelle Schmidtke was absent"),
                item("@jroe will follow up; Ed edited the notes")));
        assertThat(extractor.extract(s, List.of(anna, jane, ed))).containsExactly(anna, jane);
    }

    @Test
    @DisplayName("names with accents match however they are written")
    void accents() {
        PersonRef elodie = PersonRef.ofName("Élodie Durand");
        var s = sectionOf(section("Network", para("Elodie Durand presented the results")));
        assertThat(extractor.extract(s, List.of(elodie))).containsExactly(elodie);
    }
}
