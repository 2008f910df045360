package org.minutegraph.server.web.pages;

/**
 * The part of a file's text its meeting page renders: the lines the graph holds (ingest cuts a
 * file with too many sections or blocks), and at most a number of characters, so one huge file
 * gives a page of bounded size and time instead of megabytes or a timeout.
 *
 * @param text what to render: whole lines, the last in part when the character limit falls inside it
 * @param shownLines lines shown, the last possibly in part
 * @param totalLines lines in the stored text
 * @param graphLines lines the graph holds (the rest was cut at ingest)
 * @param cut true when some of the stored text is not shown
 */
record MinutesExcerpt(String text, int shownLines, int totalLines, int graphLines, boolean cut) {

    /** Ten times the largest file of the real corpus (22 KB); a page of it renders in well under a second. */
    static final int MAX_CHARS = 200_000;

    /**
     * @param content the stored text of the file
     * @param graphLines the last line any section of the meeting covers; 0 when unknown (all lines)
     */
    static MinutesExcerpt of(String content, int graphLines, int maxChars) {
        int total = lineCount(content);
        int keep = graphLines > 0 ? Math.min(graphLines, total) : total;
        int end = 0;
        int lines = 0;
        while (lines < keep) {
            int nl = content.indexOf('\n', end);
            int next = nl < 0 ? content.length() : nl + 1;
            if (next > maxChars) { // the line that does not fit is shown in part, up to the limit
                end = Character.isLowSurrogate(content.charAt(maxChars)) ? maxChars - 1 : maxChars;
                lines++;
                break;
            }
            end = next;
            lines++;
        }
        return new MinutesExcerpt(content.substring(0, end), lines, total, keep, end < content.length());
    }

    /** Lines as the parser counts them: a final line break ends the last line, it does not start another. */
    static int lineCount(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int breaks = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            breaks++;
        }
        return text.endsWith("\n") ? breaks : breaks + 1;
    }
}
