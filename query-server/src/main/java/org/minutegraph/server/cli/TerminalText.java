package org.minutegraph.server.cli;

/**
 * Text from outside (file names, headings, snippets, error messages) made safe to print on a
 * terminal: control characters, which a terminal would obey (colours, cursor moves, a cleared
 * screen, a new title), are shown as escapes instead: {@code \e} for ESC, {@code \n}, {@code \r},
 * {@code \t}, {@code \x07} for the other ASCII controls, {@code \u009b} for C1 controls and for the
 * Unicode marks that reorder or break what is shown (bidirectional overrides, line separators).
 */
final class TerminalText {

    private TerminalText() {
    }

    /** One line: every control character escaped, line breaks included. */
    static String escape(String text) {
        if (text == null) {
            return "null";
        }
        if (text.codePoints().noneMatch(TerminalText::unsafe)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> append(out, c));
        return out.toString();
    }

    /** Lines, as a table or a listing prints them: the line breaks stay, everything else is escaped. */
    static String escapeLines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
            String line = text.substring(start, nl);
            boolean crlf = line.endsWith("\r");
            out.append(escape(crlf ? line.substring(0, line.length() - 1) : line)).append(crlf ? "\r\n" : "\n");
            start = nl + 1;
        }
        return out.append(escape(text.substring(start))).toString();
    }

    private static boolean unsafe(int c) {
        return c < 0x20 || c == 0x7f || c >= 0x80 && c <= 0x9f
                || c == 0x200e || c == 0x200f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069
                || c == 0x2028 || c == 0x2029;
    }

    private static void append(StringBuilder out, int c) {
        if (!unsafe(c)) {
            out.appendCodePoint(c);
            return;
        }
        switch (c) {
            case 0x1b -> out.append("\\e");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> out.append(c < 0x80 ? String.format("\\x%02x", c) : String.format("\\u%04x", c));
        }
    }
}
