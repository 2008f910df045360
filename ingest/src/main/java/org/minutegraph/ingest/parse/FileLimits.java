package org.minutegraph.ingest.parse;

/**
 * How much of one minutes file is read into the graph and the index. A file beyond either limit is
 * cut at the line where the limit is reached: what comes before lands, the rest is reported and left
 * out. Cutting rather than skipping keeps a long file's meeting, people and first sections.
 *
 * <p>The defaults sit far above real minutes (the 892 SCS files have at most 54 sections, 221
 * blocks, 472 lines and 22,000 characters) and keep one file's graph to some thousands of triples:
 * uncut, a 490 KB file of 50,000 headings gave 460,000 triples and a meeting page the server could
 * not answer in time. Lines and characters are cut before the markdown parser sees the text, which
 * takes seconds for a megabyte of some markdown.
 *
 * @param maxSections headings (sections) kept from one file
 * @param maxBlocks paragraphs, list items, table rows and code blocks kept from one file
 * @param maxLines lines of one file parsed
 * @param maxChars characters of one file parsed
 */
public record FileLimits(int maxSections, int maxBlocks, int maxLines, int maxChars) {

    public static final int DEFAULT_MAX_SECTIONS = 1_000;
    public static final int DEFAULT_MAX_BLOCKS = 5_000;
    public static final int DEFAULT_MAX_LINES = 10_000;
    public static final int DEFAULT_MAX_CHARS = 2_000_000;

    public FileLimits {
        if (maxSections < 1 || maxBlocks < 1 || maxLines < 1 || maxChars < 1) {
            throw new IllegalArgumentException("file limits must be positive: " + maxSections + " sections, " + maxBlocks + " blocks, "
                    + maxLines + " lines, " + maxChars + " characters");
        }
    }

    public static FileLimits defaults() {
        return new FileLimits(DEFAULT_MAX_SECTIONS, DEFAULT_MAX_BLOCKS, DEFAULT_MAX_LINES, DEFAULT_MAX_CHARS);
    }
}
