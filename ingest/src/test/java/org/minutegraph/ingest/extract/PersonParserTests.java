package org.minutegraph.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.minutegraph.ingest.model.PersonRef;

@DisplayName("PersonParser")
class PersonParserTests {

    private final PersonParser parser = new PersonParser();

    @Nested
    @DisplayName("reads one written person")
    class Accepts {

        @ParameterizedTest(name = "[{0}] -> handle {1}, name {2}")
        @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
                @jroe                                   | jroe      | -
                jroe                                    | jroe      | -
                @JRoe                                   | jroe      | -
                Jane Roe @jroe (PO)                     | jroe      | Jane Roe
                Jane Roe (@jroe)                        | jroe      | Jane Roe
                Artur (@atest)                          | atest     | Artur
                walter (@wtest)                         | wtest     | walter
                @jroe (Acme Corp)                       | jroe      | -
                @jroe (joined late)                     | jroe      | -
                @jroe partially there                   | jroe      | -
                @vtest - Vera Test                      | vtest     | Vera Test
                @btest - other-handle                   | btest     | -
                Jane Roe, Acme                          | -         | Jane Roe
                Anna Schmidt                            | -         | Anna Schmidt
                Jonas                                   | -         | Jonas
                Ludwig van Beethoven                    | -         | Ludwig van Beethoven
                Élodie Durand                           | -         | Élodie Durand
                max Muster <max.muster@example.org>     | -         | max Muster
                [@jroe](https://github.com/jroe)        | jroe      | -
                [Jane Roe](https://github.com/jroe)     | jroe      | Jane Roe
                @jroe.                                  | jroe      | -
                @jroe,                                  | jroe      | -
                @j.roe                                  | j.roe     | -
                @cah\\_tester                           | cah_tester | -
                *@jroe*                                 | jroe      | -
                CamelHandle42                           | camelhandle42 | -
                """)
        void parses(String written, String handle, String name) {
            assertThat(parser.parse(written)).contains(new PersonRef(handle, name));
        }
    }

    @Nested
    @DisplayName("rejects what is not one person")
    class Rejects {

        @ParameterizedTest(name = "[{0}]")
        @ValueSource(strings = {
            "", "   ", "@all", "@here", "@channel", "@everyone", "@Team", "@SomeOrg/platform-team",
            "@osism", "@dNation", "jane.roe@example.org", "<jane.roe@example.org>", "https://example.org/people/jroe",
            "none", "None yet", "N/A", "tbd", "TBD", "everyone", "nobody", "ACME",
            "We propose a separate folder for the standards", "Please see the pad",
            "Talk about a place for released documents", "time: 5 min", "8 mins", "Who?"
        })
        void rejects(String written) {
            assertThat(parser.parse(written)).isEmpty();
        }

        @Test
        @DisplayName("null is no person, not an exception")
        void nullInput() {
            assertThat(parser.parse(null)).isEmpty();
            assertThat(parser.parseList(null)).isEmpty();
        }
    }

    @Nested
    @DisplayName("stop list")
    class StopList {

        @Test
        @DisplayName("more organisation handles can be configured")
        void configurable() {
            PersonParser strict = new PersonParser(PersonFilter.defaults().withExcludedHandles(Set.of("@acmecorp")));
            assertThat(parser.parse("@acmecorp")).contains(PersonRef.ofHandle("acmecorp"));
            assertThat(strict.parse("@acmecorp")).isEmpty();
            assertThat(strict.parse("@jroe")).contains(PersonRef.ofHandle("jroe"));
        }

        @Test
        @DisplayName("a filter with empty lists accepts group handles")
        void emptyFilter() {
            PersonParser lax = new PersonParser(new PersonFilter(Set.of(), Set.of()));
            assertThat(lax.parse("@all")).contains(PersonRef.ofHandle("all"));
        }
    }

    @Nested
    @DisplayName("reads lists")
    class Lists {

        @Test
        @DisplayName("commas, 'and', '&', '+' and '/' separate people; order kept, duplicates dropped")
        void separators() {
            assertThat(parser.parseList("@aone, @btwo and Jane Roe & @cthree + @dfour/@efive, @AONE"))
                    .extracting(PersonRef::key)
                    .containsExactly("aone", "btwo", "name:jane roe", "cthree", "dfour", "efive");
        }

        @Test
        @DisplayName("handles separated by spaces are each a person")
        void spaces() {
            assertThat(parser.parseList("@aone @btwo")).extracting(PersonRef::key).containsExactly("aone", "btwo");
        }

        @Test
        @DisplayName("commas inside parentheses do not split a person")
        void parentheses() {
            assertThat(parser.parseList("Jane Roe (@jroe, product owner), @btwo"))
                    .containsExactly(new PersonRef("jroe", "Jane Roe"), PersonRef.ofHandle("btwo"));
        }

        @Test
        @DisplayName("parts that are not people are skipped")
        void skipsNoise() {
            assertThat(parser.parseList("@aone, 8 mins, none")).containsExactly(PersonRef.ofHandle("aone"));
        }

        @Test
        @DisplayName("handles() finds accepted handles anywhere, not e-mail addresses")
        void handles() {
            assertThat(parser.handles("@aone asked @all and mail ops@example.org, then @Btwo."))
                    .isEqualTo(List.of("aone", "btwo"));
        }
    }
}
