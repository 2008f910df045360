package org.minutegraph.ingest.parse;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutegraph.ingest.model.Block;
import org.minutegraph.ingest.model.BlockKind;
import org.minutegraph.ingest.model.DocSection;
import org.minutegraph.ingest.model.TaskState;

/**
 * Walks a flexmark document once and cuts it into sections (one per heading, markdown or HTML)
 * holding blocks with exact line numbers, stopping where the {@link FileLimits} are reached. One
 * instance per parse.
 */
final class SectionCollector {

    private static final Pattern HTML_HEADING = Pattern.compile("(?i)^\\s*<h([1-6])\\b[^>]*>(.*?)</h\\1\\s*>\\s*$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private final Document document;
    private final LineIndex lines;
    private final LineIndex rawLines;
    private final FileLimits limits;
    private final List<Draft> drafts = new ArrayList<>();
    private int blockCount;
    private Cut cut;

    /** Where the document was cut, and why: the line is the first one left out. */
    record Cut(int line, String reason) {
    }

    /** A section being filled. */
    private static final class Draft {
        final String heading;
        final int level;
        final int startLine;
        final List<Block> blocks = new ArrayList<>();

        Draft(String heading, int level, int startLine) {
            this.heading = heading;
            this.level = level;
            this.startLine = startLine;
        }
    }

    /**
     * @param lines line index of the text flexmark parsed (offsets refer to it)
     * @param rawLines line index of the file as written (same line count), for {@code raw}
     */
    SectionCollector(Document document, LineIndex lines, LineIndex rawLines, FileLimits limits) {
        this.document = document;
        this.lines = lines;
        this.rawLines = rawLines;
        this.limits = limits;
    }

    /** Where {@link #collect} stopped short of the end, if it did. */
    java.util.Optional<Cut> cut() {
        return java.util.Optional.ofNullable(cut);
    }

    List<DocSection> collect() {
        for (Node node = document.getFirstChild(); node != null && cut == null; node = node.getNext()) {
            switch (node) {
                case YamlFrontMatterBlock ignored -> {
                }
                case Heading heading -> startSection(headingText(heading), heading.getLevel(), line(heading));
                case HtmlCommentBlock ignored -> {
                }
                case HtmlBlock html -> topLevelHtml(html);
                default -> addBlocks(node, 0, -1, false);
            }
        }
        return finish();
    }

    private String headingText(Node heading) {
        return SPACES.matcher(new InlineText(document, lines).appendChildren(heading).text()).replaceAll(" ").strip();
    }

    private void startSection(String heading, int level, int line) {
        if (cut != null) {
            return;
        }
        if (drafts.size() >= limits.maxSections()) {
            cut = new Cut(line, "more than " + limits.maxSections() + " sections (headings) in one file");
            return;
        }
        drafts.add(new Draft(heading, level, line));
    }

    private Draft current(int line) {
        if (drafts.isEmpty()) {
            drafts.add(new Draft("", 0, line));
        }
        return drafts.getLast();
    }

    private List<DocSection> finish() {
        List<DocSection> sections = new ArrayList<>();
        int lastLine = cut != null ? Math.max(1, cut.line() - 1) : Math.max(1, rawLines.lineCount());
        // Indices of the open ancestors, levels strictly rising: linear even for 40,000 sections.
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            int end = i + 1 < drafts.size() ? drafts.get(i + 1).startLine - 1 : lastLine;
            while (!open.isEmpty() && drafts.get(open.peek()).level >= d.level) {
                open.pop();
            }
            int parent = open.isEmpty() ? -1 : open.peek();
            if (d.level > 0) {
                open.push(i); // text before the first heading encloses nothing
            }
            sections.add(new DocSection(i, d.heading, d.level, d.startLine, Math.max(end, d.startLine), parent, d.blocks));
        }
        return sections;
    }

    /** A top-level HTML block: {@code <hN>} lines start sections, the other lines form HTML blocks. */
    private void topLevelHtml(HtmlBlock html) {
        int first = line(html);
        int last = lines.lastLineOf(html.getStartOffset(), html.getEndOffset());
        int runStart = -1;
        for (int l = first; l <= last; l++) {
            Matcher m = HTML_HEADING.matcher(lines.line(l));
            if (m.matches()) {
                if (runStart > 0) {
                    htmlBlock(runStart, l - 1, 0, -1);
                    runStart = -1;
                }
                startSection(SPACES.matcher(htmlText(m.group(2))).replaceAll(" ").strip(), Integer.parseInt(m.group(1)), l);
            } else if (runStart < 0) {
                runStart = l;
            }
        }
        if (runStart > 0) {
            htmlBlock(runStart, last, 0, -1);
        }
    }

    private void addBlocks(Node node, int depth, int parent, boolean quoted) {
        if (cut != null) {
            return; // the rest of a huge list is not even looked at
        }
        switch (node) {
            case Paragraph p -> paragraph(p, quoted ? BlockKind.QUOTE : BlockKind.PARAGRAPH, depth, parent);
            case Heading h -> paragraph(h, quoted ? BlockKind.QUOTE : BlockKind.PARAGRAPH, depth, parent);
            case ListBlock list -> {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    if (item instanceof ListItem li) {
                        listItem(li, depth, parent, quoted);
                    }
                }
            }
            case BlockQuote quote -> {
                for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
                    addBlocks(child, depth, parent, true);
                }
            }
            case FencedCodeBlock code -> code(code, code.getContentChars().toString(), depth, parent);
            case IndentedCodeBlock code -> code(code, code.getContentChars().toString(), depth, parent);
            case TableBlock table -> table(table, depth, parent);
            case HtmlCommentBlock ignored -> {
            }
            case HtmlBlock html -> htmlBlock(line(html), lines.lastLineOf(html.getStartOffset(), html.getEndOffset()), depth, parent);
            case ThematicBreak ignored -> {
            }
            case Reference ignored -> {
            }
            case BlankLine ignored -> {
            }
            case YamlFrontMatterBlock ignored -> {
            }
            default -> {
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    addBlocks(child, depth, parent, quoted);
                }
            }
        }
    }

    private void paragraph(Node p, BlockKind kind, int depth, int parent) {
        InlineText inline = new InlineText(document, lines).appendChildren(p);
        String text = inline.text();
        if (text.isBlank()) {
            return;
        }
        int start = line(p);
        int end = lastLine(p);
        add(new Block(kind, text, inline.prose(), rawLines.lines(start, end), start, end, depth, parent,
                TaskState.NONE, false, inline.links()));
    }

    /** The item's own paragraphs become one block; nested lists and other blocks follow as children. */
    private void listItem(ListItem item, int depth, int parent, boolean quoted) {
        int start = line(item);
        InlineText inline = new InlineText(document, lines);
        TreeSet<Integer> own = new TreeSet<>();
        own.add(start);
        boolean struck = false;
        boolean first = true;
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph p) {
                if (!first) {
                    inline.plain("\n");
                }
                inline.appendChildren(p);
                struck = first ? wholyStruck(p) : struck && wholyStruck(p);
                first = false;
                for (int l = line(p); l <= lastLine(p); l++) {
                    own.add(l);
                }
            }
        }
        TaskState task = item instanceof TaskListItem t ? (t.isItemDoneMarker() ? TaskState.DONE : TaskState.OPEN) : TaskState.NONE;
        String raw = own.stream().map(rawLines::line).reduce((a, b) -> a + "\n" + b).orElse("");
        int index = current(start).blocks.size();
        add(new Block(BlockKind.LIST_ITEM, inline.text(), inline.prose(), raw, start, own.last(), depth, parent,
                task, struck, inline.links()));
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ListBlock) {
                addBlocks(child, depth + 1, index, quoted);
            } else if (!(child instanceof Paragraph)) {
                addBlocks(child, depth + 1, index, quoted);
            }
        }
    }

    /** True when every non-blank inline part of the paragraph is struck through. */
    private static boolean wholyStruck(Paragraph p) {
        boolean any = false;
        for (Node child = p.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Strikethrough) {
                any = true;
            } else if (!child.getChars().isBlank()) {
                return false;
            }
        }
        return any;
    }

    private void code(Node code, String content, int depth, int parent) {
        int start = line(code);
        int end = lastLine(code);
        String text = content.endsWith("\n") ? content.substring(0, content.length() - 1) : content;
        add(new Block(BlockKind.CODE, text, "", rawLines.lines(start, end), start, end, depth, parent,
                TaskState.NONE, false, List.of()));
    }

    private void table(TableBlock table, int depth, int parent) {
        List<TableRow> rows = new ArrayList<>();
        collectRows(table, rows);
        for (TableRow row : rows) {
            InlineText inline = new InlineText(document, lines);
            boolean firstCell = true;
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                if (cell instanceof TableCell) {
                    if (!firstCell) {
                        inline.plain(" | ");
                    }
                    inline.appendChildren(cell);
                    firstCell = false;
                }
            }
            int l = line(row);
            add(new Block(BlockKind.TABLE_ROW, inline.text().strip().isEmpty() ? "" : inline.text(), inline.text().strip().isEmpty() ? "" : inline.prose(),
                    rawLines.line(l), l, l, depth, parent, TaskState.NONE, false, inline.links()));
        }
    }

    private static void collectRows(Node node, List<TableRow> rows) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof TableSeparator) {
                continue;
            }
            if (child instanceof TableRow row) {
                rows.add(row);
            } else {
                collectRows(child, rows);
            }
        }
    }

    private void htmlBlock(int start, int end, int depth, int parent) {
        String raw = rawLines.lines(start, end);
        List<String> visible = new ArrayList<>();
        for (int l = start; l <= end; l++) {
            String t = htmlText(lines.line(l)).strip();
            if (!t.isEmpty()) {
                visible.add(t);
            }
        }
        if (visible.isEmpty()) {
            return;
        }
        String text = String.join("\n", visible);
        List<org.minutegraph.ingest.model.Link> links = new ArrayList<>();
        for (int l = start; l <= end; l++) {
            Matcher m = InlineText.URL.matcher(lines.line(l));
            while (m.find()) {
                links.add(new org.minutegraph.ingest.model.Link(m.group(), "", l));
            }
        }
        add(new Block(BlockKind.HTML, text, InlineText.blankUrls(text), raw, start, end, depth, parent,
                TaskState.NONE, false, links));
    }

    private static String htmlText(String html) {
        return Escaping.unescapeHtml(TAG.matcher(html).replaceAll(""));
    }

    private void add(Block block) {
        if (cut != null) {
            return;
        }
        if (blockCount >= limits.maxBlocks()) {
            cut = new Cut(block.startLine(), "more than " + limits.maxBlocks() + " blocks (paragraphs, list items, table rows) in one file");
            return;
        }
        blockCount++;
        current(block.startLine()).blocks.add(block);
    }

    private int line(Node node) {
        return lines.lineOf(node.getStartOffset());
    }

    private int lastLine(Node node) {
        return lines.lastLineOf(node.getStartOffset(), node.getEndOffset());
    }
}
