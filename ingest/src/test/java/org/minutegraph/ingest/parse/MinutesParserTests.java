package org.minutegraph.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutegraph.ingest.parse.Fixtures.block;
import static org.minutegraph.ingest.parse.Fixtures.parse;
import static org.minutegraph.ingest.parse.Fixtures.section;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.minutegraph.ingest.model.Block;
import org.minutegraph.ingest.model.BlockKind;
import org.minutegraph.ingest.model.DocSection;
import org.minutegraph.ingest.model.Link;
import org.minutegraph.ingest.model.MinutesDocument;
import org.minutegraph.ingest.model.TaskState;

class MinutesParserTests {

    @Nested
    @DisplayName("title and date")
    class TitleAndDate {

        @Test
        void titleIsTheFirstHeadingWithoutMarkup() throws Exception {
            MinutesDocument doc = parse("team/20240105.md", "intro line\n\n## The *weekly* `sync` on [Friday](https://example.org)\n");
            assertThat(doc.title()).isEqualTo("The weekly sync on Friday");
        }

        @Test
        void titleFallsBackToFrontMatterThenFileName() throws Exception {
            assertThat(parse("a/notes-x.md", "---\ntitle: \"Gardening club\"\n---\nplain words\n").title()).isEqualTo("Gardening club");
            assertThat(parse("a/notes-x.md", "plain words only\n").title()).isEqualTo("notes-x");
        }

        @Test
        void dateFromFileNameBeatsTitle() throws Exception {
            assertThat(parse("a/20240105.md", "# Call of 2023-01-01\n").date()).contains(LocalDate.of(2024, 1, 5));
        }

        @Test
        void dateFromDatedFolderWhenTheNameHasNone() throws Exception {
            assertThat(parse("meetings/2024-03-05/minutes.md", "# Minutes\n").date()).contains(LocalDate.of(2024, 3, 5));
        }

        @Test
        void dateFromFrontMatterThenTitle() throws Exception {
            assertThat(parse("a/notes.md", "---\ndate: 2022-11-30\n---\n# Board 01.12.2022\n").date()).contains(LocalDate.of(2022, 11, 30));
            assertThat(parse("a/notes.md", "# Board meeting 1 December 2022\n").date()).contains(LocalDate.of(2022, 12, 1));
        }

        @Test
        void noDateIsEmpty() throws Exception {
            assertThat(parse("a/ideas.md", "# Ideas for later\n\nsome thoughts\n").date()).isEmpty();
        }

        @Test
        void impossibleDateInNameFallsThrough() throws Exception {
            assertThat(parse("a/20231345.md", "# Retro 2023-04-02\n").date()).contains(LocalDate.of(2023, 4, 2));
        }
    }

    @Nested
    @DisplayName("sections")
    class Sections {

        private static final String TEXT = """
                before any heading

                # Top
                ## First child
                text one
                ### Grandchild
                text two

                <h2>From <em>HTML</em> &amp; more</h2>

                after html

                Setext heading
                --------------
                last line
                """;

        @Test
        void everyHeadingKindStartsASectionWithItsLevel() throws Exception {
            MinutesDocument doc = parse("a/20240101.md", TEXT);
            assertThat(doc.sections()).extracting(DocSection::heading)
                    .containsExactly("", "Top", "First child", "Grandchild", "From HTML & more", "Setext heading");
            assertThat(doc.sections()).extracting(DocSection::level).containsExactly(0, 1, 2, 3, 2, 2);
        }

        @Test
        void lineRangesAndParentsFormATree() throws Exception {
            MinutesDocument doc = parse("a/20240101.md", TEXT);
            assertThat(doc.sections()).extracting(DocSection::startLine).containsExactly(1, 3, 4, 6, 9, 13);
            assertThat(doc.sections()).extracting(DocSection::endLine).containsExactly(2, 3, 5, 8, 12, 15);
            assertThat(doc.sections()).extracting(DocSection::parent).containsExactly(-1, -1, 1, 2, 1, 1);
            assertThat(doc.lineCount()).isEqualTo(15);
            assertThat(section(doc, "From HTML & more").blocks()).extracting(Block::text).containsExactly("after html");
        }

        @Test
        void headingsOnlyIsNotAnError() throws Exception {
            MinutesDocument doc = parse("a/20240101.md", "# One\n## Two\n### Three\n");
            assertThat(doc.sections()).hasSize(3).allSatisfy(s -> assertThat(s.blocks()).isEmpty());
        }

        @Test
        void frontMatterIsNeitherABlockNorAPreambleAndLinesCountFromTheFileStart() throws Exception {
            MinutesDocument doc = parse("a/x.md", "---\ntitle: Demo\ntags: a, b\n---\n\n# Heading\nbody text\n");
            assertThat(doc.frontMatter()).containsEntry("title", "Demo").containsEntry("tags", "a, b");
            assertThat(doc.sections()).singleElement().satisfies(s -> {
                assertThat(s.startLine()).isEqualTo(6);
                assertThat(s.blocks()).singleElement().extracting(Block::startLine).isEqualTo(7);
            });
        }
    }

    @Nested
    @DisplayName("list items")
    class ListItems {

        private static final String TEXT = """
                # Agenda
                - first topic
                  continues here
                  - nested detail
                    - deeper still
                - [ ] write the plan
                - [x] sent the invite
                - [X] booked the room
                - ~~dropped idea~~
                - partly ~~dropped~~ idea

                  second paragraph of the same item
                """;

        @Test
        void depthParentAndExactLines() throws Exception {
            List<Block> blocks = section(parse("a/20240101.md", TEXT), "Agenda").blocks();
            assertThat(blocks).extracting(Block::text).startsWith("first topic\ncontinues here", "nested detail", "deeper still");
            assertThat(blocks).extracting(Block::depth).startsWith(0, 1, 2, 0);
            assertThat(blocks).extracting(Block::parent).startsWith(-1, 0, 1, -1);
            assertThat(blocks.get(0).startLine()).isEqualTo(2);
            assertThat(blocks.get(0).endLine()).isEqualTo(3);
            assertThat(blocks.get(0).raw()).isEqualTo("- first topic\n  continues here");
            assertThat(blocks.get(2).raw()).isEqualTo("    - deeper still");
        }

        @Test
        void continuationParagraphsMergeIntoTheItem() throws Exception {
            Block last = block(parse("a/20240101.md", TEXT), "partly");
            assertThat(last.text()).isEqualTo("partly dropped idea\nsecond paragraph of the same item");
            assertThat(last.startLine()).isEqualTo(10);
            assertThat(last.endLine()).isEqualTo(12);
            assertThat(last.struckThrough()).isFalse();
        }

        @Test
        void taskStatesAndStrikethrough() throws Exception {
            MinutesDocument doc = parse("a/20240101.md", TEXT);
            assertThat(block(doc, "write the plan").task()).isEqualTo(TaskState.OPEN);
            assertThat(block(doc, "sent the invite").task()).isEqualTo(TaskState.DONE);
            assertThat(block(doc, "booked the room").task()).isEqualTo(TaskState.DONE);
            assertThat(block(doc, "first topic").task()).isEqualTo(TaskState.NONE);
            assertThat(block(doc, "dropped idea").struckThrough()).isTrue();
        }

        @Test
        void handlesAreKeptAsWritten() throws Exception {
            Block b = block(parse("a/20240101.md", "- @Alice_B and @carol-d will check\n"), "@Alice_B");
            assertThat(b.text()).isEqualTo("@Alice_B and @carol-d will check");
        }
    }

    @Nested
    @DisplayName("text, prose and links")
    class TextAndLinks {

        @Test
        void linkTextIsKeptAndUrlsAreRecorded() throws Exception {
            Block b = block(parse("a/20240101.md", "Read [the plan](https://example.org/plan) and https://example.org/raw now\n"), "Read");
            assertThat(b.text()).isEqualTo("Read the plan and https://example.org/raw now");
            assertThat(b.links()).containsExactly(new Link("https://example.org/plan", "the plan", 1), new Link("https://example.org/raw", "", 1));
        }

        @Test
        void proseBlanksInlineCodeAndUrlsKeepingOffsets() throws Exception {
            Block b = block(parse("a/20240101.md", "Run `make all` then see <https://example.org/x> &amp; **done**\n"), "Run");
            assertThat(b.text()).isEqualTo("Run make all then see https://example.org/x & done");
            assertThat(b.prose()).hasSameSizeAs(b.text());
            assertThat(b.prose()).isEqualTo("Run " + " ".repeat(8) + " then see " + " ".repeat(21) + " & done");
        }

        @Test
        void linkLineIsExactInMultiLineBlocks() throws Exception {
            Block b = block(parse("a/20240101.md", "# H\n\n- one\n  two [x](https://example.org/a)\n  three https://example.org/b\n"), "one");
            assertThat(b.links()).extracting(Link::line).containsExactly(4, 5);
        }

        @Test
        void codeIsNotProse() throws Exception {
            MinutesDocument doc = parse("a/20240101.md", "# H\n\n```yaml\nkey: value\n```\n\n    indented code\n");
            List<Block> blocks = section(doc, "H").blocks();
            assertThat(blocks).extracting(Block::kind).containsExactly(BlockKind.CODE, BlockKind.CODE);
            assertThat(blocks.get(0).text()).isEqualTo("key: value");
            assertThat(blocks.get(0).prose()).isEmpty();
            assertThat(blocks.get(0).startLine()).isEqualTo(3);
            assertThat(blocks.get(0).endLine()).isEqualTo(5);
            assertThat(blocks.get(1).text()).isEqualTo("indented code");
        }

        @Test
        void tableRowsIncludingTheHeader() throws Exception {
            MinutesDocument doc = parse("a/20240101.md", "| Who | What |\n|-----|------|\n| Ann | [docs](https://example.org/d) |\n| Bob | tests |\n");
            List<Block> rows = doc.sections().get(0).blocks();
            assertThat(rows).extracting(Block::kind).containsOnly(BlockKind.TABLE_ROW);
            assertThat(rows).extracting(Block::text).containsExactly("Who | What", "Ann | docs", "Bob | tests");
            assertThat(rows).extracting(Block::startLine).containsExactly(1, 3, 4);
            assertThat(rows.get(1).links()).extracting(Link::url).containsExactly("https://example.org/d");
        }

        @Test
        void htmlBlocksAndQuotes() throws Exception {
            MinutesDocument doc = parse("a/20240101.md", "<div class=\"note\">\nkeep <b>this</b> &lt;ok&gt;\n</div>\n\n> quoted words\n");
            List<Block> blocks = doc.sections().get(0).blocks();
            assertThat(blocks).extracting(Block::kind).containsExactly(BlockKind.HTML, BlockKind.QUOTE);
            assertThat(blocks.get(0).text()).isEqualTo("keep this <ok>");
            assertThat(blocks.get(1).text()).isEqualTo("quoted words");
            assertThat(blocks.get(1).startLine()).isEqualTo(5);
        }
    }
}
