package org.minutegraph.ingest.parse;

import java.util.Arrays;

/**
 * Maps character offsets in a text to 1-based line numbers and back to the lines themselves.
 * A line ends at "\n", "\r\n" or a lone "\r"; a final line break does not start another line.
 */
public final class LineIndex {

    private final String text;
    private final int[] starts;
    private final int lineCount;

    public LineIndex(String text) {
        this.text = text;
        int[] found = new int[16];
        int n = 0;
        found[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
            } else if (c != '\n' && c != '\r') {
                continue;
            }
            if (n == found.length) {
                found = Arrays.copyOf(found, n * 2);
            }
            found[n++] = i + 1;
        }
        this.starts = Arrays.copyOf(found, n);
        boolean endsWithBreak = n > 1 && starts[n - 1] == text.length();
        this.lineCount = text.isEmpty() ? 0 : endsWithBreak ? n - 1 : n;
    }

    /** Number of lines (0 for an empty text). */
    public int lineCount() {
        return lineCount;
    }

    /** The 1-based line holding the character at {@code offset} (clamped to the text). */
    public int lineOf(int offset) {
        int at = Arrays.binarySearch(starts, Math.max(0, offset));
        int line = at >= 0 ? at + 1 : -at - 1;
        return Math.max(1, Math.min(line, Math.max(1, lineCount)));
    }

    /** The 1-based line of the last character in {@code [start, end)} that is not a line break. */
    public int lastLineOf(int start, int end) {
        int last = Math.min(end, text.length()) - 1;
        while (last > start && (text.charAt(last) == '\n' || text.charAt(last) == '\r')) {
            last--;
        }
        return lineOf(Math.max(start, last));
    }

    /** The text of one line without its line break. */
    public String line(int line) {
        int start = starts[line - 1];
        int end = line < starts.length ? starts[line] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }

    /** Lines {@code from..to} (inclusive) joined by "\n". */
    public String lines(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int l = from; l <= to; l++) {
            if (l > from) {
                sb.append('\n');
            }
            sb.append(line(l));
        }
        return sb.toString();
    }
}
