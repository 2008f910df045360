package org.minutegraph.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutegraph.ingest.parse.Fixtures.PARSER;
import static org.minutegraph.ingest.parse.Fixtures.file;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutegraph.ingest.model.DocSection;
import org.minutegraph.ingest.model.MinutesDocument;

@DisplayName("a file beyond the limits is cut at the line where they are reached, and the cut is reported there")
class FileLimitsTests {

    @Test
    @DisplayName("50,000 headings: the first thousand sections are kept, the warning names the line of the next heading")
    void tooManyHeadings() throws Exception {
        StringBuilder text = new StringBuilder("# Headings\n\n");
        for (int i = 0; i < 50_000; i++) {
            text.append("## h").append(i).append('\n');
        }
        MinutesDocument doc = PARSER.parse(file("team/20240301.md", text.toString()));

        assertThat(doc.sections()).hasSize(FileLimits.DEFAULT_MAX_SECTIONS);
        // Line 1 is the title, line 2 is blank, "## h0" is line 3: section k (k >= 1) starts at line k + 2.
        int firstLeftOut = FileLimits.DEFAULT_MAX_SECTIONS + 2;
        assertThat(doc.sections().getLast().heading()).isEqualTo("h" + (FileLimits.DEFAULT_MAX_SECTIONS - 2));
        assertThat(doc.sections().getLast().endLine()).isEqualTo(firstLeftOut - 1);
        assertThat(doc.warnings()).singleElement().satisfies(w -> {
            assertThat(w.sourcePath()).isEqualTo("team/20240301.md");
            assertThat(w.line()).isEqualTo(firstLeftOut);
            assertThat(w.reason()).startsWith("cut here").contains("more than 1000 sections").contains("split the file");
        });
    }

    @Test
    @DisplayName("a list of 60,000 items is cut at the item past the block limit")
    void tooManyBlocks() throws Exception {
        StringBuilder text = new StringBuilder("# Big\n\n## Notes\n\n");
        for (int i = 0; i < 60_000; i++) {
            text.append("- item ").append(i).append(" about Harbor\n");
        }
        MinutesDocument doc = PARSER.parse(file("team/20240302.md", text.toString()));

        int blocks = doc.sections().stream().mapToInt(s -> s.blocks().size()).sum();
        assertThat(blocks).isEqualTo(FileLimits.DEFAULT_MAX_BLOCKS);
        DocSection notes = doc.sections().getLast();
        assertThat(notes.blocks().getLast().text()).isEqualTo("item " + (FileLimits.DEFAULT_MAX_BLOCKS - 1) + " about Harbor");
        int firstLeftOut = 5 + FileLimits.DEFAULT_MAX_BLOCKS;
        assertThat(notes.endLine()).isEqualTo(firstLeftOut - 1);
        assertThat(doc.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(firstLeftOut);
            assertThat(w.reason()).contains("more than 5000 blocks");
        });
    }

    @Test
    @DisplayName("limits given to the parser apply instead of the defaults; a file within them is not cut")
    void explicitLimits() throws Exception {
        MinutesParser strict = new MinutesParser(new FileLimits(2, 100, 1_000, 10_000));
        String text = "# One\n\ntext\n\n## Two\n\nmore\n\n## Three\n\nlast\n";
        MinutesDocument doc = strict.parse(file("team/20240303.md", text));
        assertThat(doc.sections()).extracting(DocSection::heading).containsExactly("One", "Two");
        assertThat(doc.warnings()).singleElement().satisfies(w -> assertThat(w.line()).isEqualTo(9));

        MinutesDocument whole = PARSER.parse(file("team/20240303.md", text));
        assertThat(whole.sections()).extracting(DocSection::heading).containsExactly("One", "Two", "Three");
        assertThat(whole.warnings()).isEmpty();
    }

    @Test
    @DisplayName("lines and characters beyond the limits are cut before parsing, at a line break, or inside an overlong first line")
    void linesAndCharacters() throws Exception {
        String lines = "# Notes\n\n" + "plain line\n\n".repeat(100);
        MinutesDocument byLines = new MinutesParser(new FileLimits(1_000, 1_000, 50, 100_000)).parse(file("team/20240304.md", lines));
        assertThat(byLines.lineCount()).isEqualTo(50);
        assertThat(byLines.sections().getLast().endLine()).isEqualTo(50);
        assertThat(byLines.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(51);
            assertThat(w.reason()).contains("more than 50 lines");
        });

        MinutesDocument byChars = new MinutesParser(new FileLimits(1_000, 1_000, 1_000, 40)).parse(file("team/20240305.md", lines));
        assertThat(byChars.lineCount()).isEqualTo(6); // "# Notes\n\n" and two "plain line\n\n" are 34 characters
        assertThat(byChars.warnings()).singleElement().satisfies(w -> assertThat(w.line()).isEqualTo(7));

        MinutesDocument oneLine = new MinutesParser(new FileLimits(1_000, 1_000, 1_000, 40)).parse(file("team/20240306.md", "x".repeat(100)));
        assertThat(oneLine.sections().getFirst().blocks().getFirst().text()).isEqualTo("x".repeat(40));
        assertThat(oneLine.warnings()).singleElement().satisfies(w -> assertThat(w.reason()).contains("more than 40 characters"));
    }
}
