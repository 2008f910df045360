package org.minutegraph.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minutegraph.ingest.model.Block;
import org.minutegraph.ingest.model.BlockKind;
import org.minutegraph.ingest.model.DocSection;
import org.minutegraph.ingest.model.MinutesDocument;
import org.minutegraph.ingest.model.TaskState;

/**
 * Builds parsed documents for extractor tests without the parser: each heading and block takes
 * one line, list parents follow from depth, prose blanks URLs and inline code as the parser does.
 */
final class Docs {

    /** A block before line numbers and parents are known. */
    record BlockSpec(BlockKind kind, String text, int depth, TaskState task, boolean struck) {
    }

    /** A section before its index and lines are known. */
    record SectionSpec(String heading, int level, List<BlockSpec> blocks) {
    }

    private Docs() {
    }

    static MinutesDocument doc(SectionSpec... sections) {
        List<DocSection> built = new ArrayList<>();
        int line = 1;
        for (SectionSpec spec : sections) {
            DocSection s = build(built.size(), spec, line);
            built.add(s);
            line = s.endLine() + 1;
        }
        return new MinutesDocument("team/20240101.md", "team", "Test", Optional.empty(), Map.of(), built, Math.max(1, line - 1), List.of());
    }

    /** The single section of a one-section document (index 0, heading on line 1). */
    static DocSection sectionOf(SectionSpec spec) {
        return build(0, spec, 1);
    }

    static SectionSpec section(String heading, BlockSpec... blocks) {
        return new SectionSpec(heading, 2, List.of(blocks));
    }

    static SectionSpec section(String heading, int level, BlockSpec... blocks) {
        return new SectionSpec(heading, level, List.of(blocks));
    }

    static BlockSpec item(String text) {
        return item(0, text);
    }

    static BlockSpec item(int depth, String text) {
        return new BlockSpec(BlockKind.LIST_ITEM, text, depth, TaskState.NONE, false);
    }

    static BlockSpec para(String text) {
        return new BlockSpec(BlockKind.PARAGRAPH, text, 0, TaskState.NONE, false);
    }

    static BlockSpec task(boolean done, String text) {
        return new BlockSpec(BlockKind.LIST_ITEM, text, 0, done ? TaskState.DONE : TaskState.OPEN, false);
    }

    static BlockSpec struck(String text) {
        return new BlockSpec(BlockKind.LIST_ITEM, text, 0, TaskState.NONE, true);
    }

    static BlockSpec code(String text) {
        return new BlockSpec(BlockKind.CODE, text, 0, TaskState.NONE, false);
    }

    private static DocSection build(int index, SectionSpec spec, int headingLine) {
        List<Block> blocks = new ArrayList<>();
        int line = headingLine;
        for (BlockSpec b : spec.blocks()) {
            line++;
            int lines = (int) b.text().lines().count();
            blocks.add(new Block(b.kind(), b.text(), prose(b), b.text(), line, line + Math.max(0, lines - 1),
                    b.depth(), parentOf(blocks, b), b.task(), b.struck(), List.of()));
            line += Math.max(0, lines - 1);
        }
        return new DocSection(index, spec.heading(), spec.level(), headingLine, line, -1, blocks);
    }

    private static int parentOf(List<Block> earlier, BlockSpec b) {
        if (b.kind() != BlockKind.LIST_ITEM || b.depth() == 0) {
            return -1;
        }
        for (int i = earlier.size() - 1; i >= 0; i--) {
            if (earlier.get(i).kind() == BlockKind.LIST_ITEM && earlier.get(i).depth() == b.depth() - 1) {
                return i;
            }
        }
        return -1;
    }

    private static String prose(BlockSpec b) {
        if (b.kind() == BlockKind.CODE) {
            return "";
        }
        StringBuilder sb = new StringBuilder(b.text());
        var m = java.util.regex.Pattern.compile("https?://\\S+|`[^`]*`").matcher(b.text());
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }
}
