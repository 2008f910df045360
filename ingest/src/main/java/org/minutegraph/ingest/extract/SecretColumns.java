package org.minutegraph.ingest.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

import org.minutegraph.ingest.extract.SecretRedactor.Span;

/**
 * The rule for markdown tables: a column whose header names a secret ({@code password}, {@code pw},
 * {@code secret}, {@code token}, {@code Admin password}, ...) has every cell redacted but blanks and
 * placeholders. A value alone in a cell has no key beside it for the line rules to see.
 *
 * <p>Cells are split at unescaped {@code |}. One instance holds the secret columns of one header.
 */
final class SecretColumns {

    static final String KIND = "password in table";
    static final SecretColumns NONE = new SecretColumns(new BitSet());

    /** The header's last word names the secret: "password", "root pw", "DB_PASSWORD"; not "password policy". */
    private static final Pattern SECRET_HEADER = Pattern.compile(
            "(?i)(?:.*[\\s_-])?(?:password|passwort|passwd|passphrase|kennwort|pwd|pw|secret|token|api[ _-]?key|access[ _-]?key)");
    private static final Pattern SEPARATOR = Pattern.compile("[ \\t>]*\\|?(?:[ \\t]*:?-+:?[ \\t]*\\|)*[ \\t]*:?-+:?[ \\t]*\\|?\\s*");

    private final BitSet secret;

    private SecretColumns(BitSet secret) {
        this.secret = secret;
    }

    /** The secret columns named by a header row written in markdown; {@link #NONE} when there are none. */
    static SecretColumns ofHeader(String markdownRow) {
        BitSet secret = new BitSet();
        List<int[]> cells = cells(markdownRow, true);
        for (int i = 0; i < cells.size(); i++) {
            String name = markdownRow.substring(cells.get(i)[0], cells.get(i)[1]).replaceAll("[*`]", "").strip();
            if (SECRET_HEADER.matcher(name).matches()) {
                secret.set(i);
            }
        }
        return secret.isEmpty() ? NONE : new SecretColumns(secret);
    }

    boolean any() {
        return !secret.isEmpty();
    }

    /** The secret cells of a row written in markdown ({@code | a | b |}). */
    List<Span> inMarkdownRow(String row) {
        return secretCells(row, cells(row, true));
    }

    /**
     * The secret cells of a row as the parser renders it (cells joined by {@code " | "}, no outer
     * pipes); when its cells do not line up with the markdown's (an escaped pipe), the whole row.
     */
    List<Span> inTextRow(String text, String markdownRow) {
        List<int[]> cells = cells(text, false);
        if (cells.size() != cells(markdownRow, true).size()) {
            return text.isBlank() ? List.of() : List.of(new Span(0, text.length(), KIND));
        }
        return secretCells(text, cells);
    }

    /** Every secret cell of every table in a multi-line markdown text: a header row, its separator, its rows. */
    static List<Span> inMarkdown(String s) {
        if (s.indexOf('|') < 0) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>();
        SecretColumns columns = NONE;
        int start = 0;
        while (start < s.length()) {
            int end = lineEnd(s, start);
            String line = s.substring(start, end);
            if (columns.any() && line.indexOf('|') >= 0 && !line.isBlank()) {
                for (Span sp : columns.inMarkdownRow(line)) {
                    spans.add(new Span(sp.start() + start, sp.end() + start, sp.kind()));
                }
                start = end + 1;
                continue;
            }
            columns = NONE;
            int next = end + 1;
            if (line.indexOf('|') >= 0 && next < s.length() && isSeparator(s.substring(next, lineEnd(s, next)))) {
                columns = ofHeader(line);
                end = lineEnd(s, next); // the separator row holds nothing
            }
            start = end + 1;
        }
        return spans;
    }

    /** The row under a header ({@code |---|:--:|}); it must hold a pipe, or "a | b" over "---" would be a table. */
    private static boolean isSeparator(String line) {
        return line.indexOf('|') >= 0 && SEPARATOR.matcher(line).matches();
    }

    private List<Span> secretCells(String row, List<int[]> cells) {
        List<Span> spans = new ArrayList<>();
        for (int i = secret.nextSetBit(0); i >= 0 && i < cells.size(); i = secret.nextSetBit(i + 1)) {
            int[] c = cells.get(i);
            String value = row.substring(c[0], c[1]);
            if (!value.isEmpty() && !SecretRedactor.isPlaceholder(value.replaceAll("^[*_`]+|[*_`]+$", ""))) {
                spans.add(new Span(c[0], c[1], KIND));
            }
        }
        return spans;
    }

    /** Each cell's [start, end) with blanks trimmed; {@code markdown} rows may have outer pipes and escaped ones. */
    private static List<int[]> cells(String row, boolean markdown) {
        List<int[]> cells = new ArrayList<>();
        int from = 0;
        int to = row.length();
        if (markdown) {
            while (from < to && (row.charAt(from) == ' ' || row.charAt(from) == '\t' || row.charAt(from) == '>')) {
                from++;
            }
            if (from < to && row.charAt(from) == '|') {
                from++;
            }
            while (to > from && Character.isWhitespace(row.charAt(to - 1))) {
                to--;
            }
            if (to > from && row.charAt(to - 1) == '|' && (to - 2 < from || row.charAt(to - 2) != '\\')) {
                to--;
            }
        }
        int cellStart = from;
        for (int i = from; i <= to; i++) {
            if (i == to || row.charAt(i) == '|' && !(markdown && i > 0 && row.charAt(i - 1) == '\\')) {
                int a = cellStart;
                int b = i;
                while (a < b && Character.isWhitespace(row.charAt(a))) {
                    a++;
                }
                while (b > a && Character.isWhitespace(row.charAt(b - 1))) {
                    b--;
                }
                cells.add(new int[] {a, b});
                cellStart = i + 1;
            }
        }
        return cells;
    }

    private static int lineEnd(String s, int from) {
        int end = s.indexOf('\n', from);
        return end < 0 ? s.length() : end;
    }
}
