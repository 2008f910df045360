package org.minutegraph.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minutegraph.ingest.parse.Fixtures.PARSER;
import static org.minutegraph.ingest.parse.Fixtures.file;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutegraph.ingest.model.Block;
import org.minutegraph.ingest.model.BlockKind;
import org.minutegraph.ingest.model.MinutesDocument;

@DisplayName("bad input is parsed or refused with path and line, never another exception")
class BadInputTests {

    private static UnreadableMinutesException refused(byte[] bytes) {
        return (UnreadableMinutesException) org.assertj.core.api.Assertions.catchThrowable(() -> PARSER.parse(file("bad/x.md", bytes)));
    }

    @Test
    void emptyFile() {
        UnreadableMinutesException e = refused(new byte[0]);
        assertThat(e.sourcePath()).isEqualTo("bad/x.md");
        assertThat(e.reason()).contains("empty");
    }

    @Test
    void whitespaceOnly() {
        assertThat(refused(" \n\t\n  \r\n".getBytes(StandardCharsets.UTF_8)).reason()).contains("whitespace");
    }

    @Test
    void binaryWithNulBytes() {
        UnreadableMinutesException e = refused("line one\nline two\0\0\1".getBytes(StandardCharsets.UTF_8));
        assertThat(e.reason()).contains("binary");
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void binaryWithManyControlCharacters() {
        byte[] bytes = new byte[400];
        Arrays.fill(bytes, (byte) 'a');
        for (int i = 0; i < bytes.length; i += 5) {
            bytes[i] = 0x07;
        }
        assertThat(refused(bytes).reason()).contains("binary");
    }

    @Test
    void invalidUtf8ReportsTheLine() {
        byte[] good = "# Title\nfine\nstill fine\nbad here: ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(good, good.length + 2);
        bytes[good.length] = (byte) 0xC3;
        bytes[good.length + 1] = (byte) 0x28;
        UnreadableMinutesException e = refused(bytes);
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.getMessage()).startsWith("bad/x.md:4: not valid UTF-8");
    }

    @Test
    void thousandDeepNestedListParsesWithAWarning() throws Exception {
        StringBuilder sb = new StringBuilder("# Deep\n");
        for (int i = 0; i < 1000; i++) {
            sb.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        }
        MinutesDocument doc = PARSER.parse(file("bad/deep.md", sb.toString()));
        var blocks = doc.sections().getFirst().blocks();
        assertThat(blocks).hasSize(1000).allMatch(b -> b.kind() == BlockKind.LIST_ITEM);
        assertThat(blocks.get(10).depth()).isEqualTo(10);
        assertThat(blocks.get(10).parent()).isEqualTo(9);
        assertThat(blocks.getLast().startLine()).isEqualTo(1001);
        assertThat(blocks.getLast().text()).isEqualTo("level 999");
        assertThat(doc.warnings()).singleElement().satisfies(w -> assertThat(w.line()).isGreaterThan(40).isLessThan(60));
    }

    @Test
    void thousandDeepBlockQuotes() throws Exception {
        String text = ">".repeat(1000) + " very deep\n";
        MinutesDocument doc = PARSER.parse(file("bad/quotes.md", text));
        assertThat(doc.sections().getFirst().blocks()).extracting(Block::text).containsExactly("very deep");
    }

    @Test
    void fourMegabyteFile() throws Exception {
        String unit = "## Item\n" + "- @someone reports progress on [the board](https://example.org/b) and `code`\n  - detail line\n".repeat(10) + "\n";
        String text = "# Big\n" + unit.repeat(4_000_000 / unit.length());
        MinutesDocument doc = PARSER.parse(file("bad/big.md", text));
        // 20 blocks a section: the block limit is reached in section 251, which ends the document.
        assertThat(doc.sections()).hasSize(1 + FileLimits.DEFAULT_MAX_BLOCKS / 20 + 1);
        assertThat(doc.sections().stream().mapToInt(s -> s.blocks().size()).sum()).isEqualTo(FileLimits.DEFAULT_MAX_BLOCKS);
        assertThat(doc.warnings()).singleElement().satisfies(w -> assertThat(w.line()).isEqualTo(doc.sections().getLast().endLine() + 1));
        // Parsed no further than the line limit, not the whole four megabytes.
        assertThat(doc.lineCount()).isLessThanOrEqualTo(FileLimits.DEFAULT_MAX_LINES);
    }

    @Test
    void crlfLineEndingsKeepLineNumbers() throws Exception {
        MinutesDocument doc = PARSER.parse(file("bad/crlf.md", "# A\r\n\r\n- one\r\n- two\r\n"));
        assertThat(doc.sections().getFirst().blocks()).extracting(Block::startLine).containsExactly(3, 4);
        assertThat(doc.sections().getFirst().blocks().get(1).raw()).isEqualTo("- two");
    }

    @Test
    void utf8ByteOrderMarkIsIgnored() throws Exception {
        byte[] body = "# Titel\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertThat(PARSER.parse(file("bad/bom.md", bytes)).title()).isEqualTo("Titel");
    }

    @Test
    void unreadableIsACheckedSpecificException() {
        assertThatThrownBy(() -> PARSER.parse(file("bad/e.md", ""))).isExactlyInstanceOf(UnreadableMinutesException.class);
    }
}
