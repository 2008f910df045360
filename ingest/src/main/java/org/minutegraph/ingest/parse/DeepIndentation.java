package org.minutegraph.ingest.parse;

import java.util.Optional;

/**
 * Caps leading indentation so that very deep nesting (hundreds of list levels) stays cheap to
 * parse: flexmark's time grows steeply with depth. Lines and line numbers are kept as they are;
 * only the extra indentation beyond the cap is dropped, so deeper items become siblings at the cap.
 */
final class DeepIndentation {

    /** 100 columns: about 50 levels of two-space lists, far beyond any real minutes. */
    static final int MAX_COLUMNS = 100;

    record Capped(String text, Optional<Integer> firstLine) {
    }

    private DeepIndentation() {
    }

    static Capped cap(String text) {
        StringBuilder out = null;
        int firstLine = 0;
        int line = 1;
        int lineStart = 0;
        int copiedUpTo = 0;
        int n = text.length();
        while (lineStart < n) {
            int i = lineStart;
            int columns = 0;
            while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                columns = text.charAt(i) == '\t' ? (columns / 4 + 1) * 4 : columns + 1;
                i++;
            }
            if (columns > MAX_COLUMNS) {
                if (out == null) {
                    out = new StringBuilder(n);
                    firstLine = line;
                }
                out.append(text, copiedUpTo, lineStart).append(" ".repeat(MAX_COLUMNS));
                copiedUpTo = i;
            }
            int eol = i;
            while (eol < n && text.charAt(eol) != '\n' && text.charAt(eol) != '\r') {
                eol++;
            }
            if (eol < n && text.charAt(eol) == '\r' && eol + 1 < n && text.charAt(eol + 1) == '\n') {
                eol++;
            }
            lineStart = eol + 1;
            line++;
        }
        if (out == null) {
            return new Capped(text, Optional.empty());
        }
        out.append(text, copiedUpTo, n);
        return new Capped(out.toString(), Optional.of(firstLine));
    }
}
