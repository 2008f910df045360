package org.minutegraph.server.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a meeting page renders the lines the graph holds, and at most so many characters")
class MinutesExcerptTests {

    @Test
    void wholeFileWhenItFits() {
        MinutesExcerpt e = MinutesExcerpt.of("# A\n\ntext\n", 3, 100);
        assertThat(e.text()).isEqualTo("# A\n\ntext\n");
        assertThat(e.cut()).isFalse();
        assertThat(MinutesExcerpt.of("# A\nno final break", 0, 100)).satisfies(x -> {
            assertThat(x.cut()).isFalse();
            assertThat(x.totalLines()).isEqualTo(2);
        });
    }

    @Test
    @DisplayName("lines after the graph's last one are left out")
    void graphLines() {
        MinutesExcerpt e = MinutesExcerpt.of("one\ntwo\nthree\nfour\n", 2, 100);
        assertThat(e.text()).isEqualTo("one\ntwo\n");
        assertThat(e).extracting(MinutesExcerpt::shownLines, MinutesExcerpt::totalLines, MinutesExcerpt::cut).containsExactly(2, 4, true);
    }

    @Test
    @DisplayName("the character limit ends the excerpt inside the line where it falls, never inside a character")
    void characters() {
        assertThat(MinutesExcerpt.of("12345\n67890\nabc\n", 0, 13).text()).isEqualTo("12345\n67890\na");
        assertThat(MinutesExcerpt.of("12345\n67890\nabc\n", 0, 13).shownLines()).isEqualTo(3);
        MinutesExcerpt longLine = MinutesExcerpt.of("x".repeat(50) + "\nmore\n", 0, 10);
        assertThat(longLine.text()).isEqualTo("x".repeat(10));
        assertThat(longLine.cut()).isTrue();
        assertThat(MinutesExcerpt.of("ab\uD83D\uDE80cd", 0, 3).text()).isEqualTo("ab");
    }
}
