package org.minutegraph.ingest.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/** Heading and label text reduced to its words, so "## :family: Participants:" compares as "participants". */
final class HeadingText {

    private static final Pattern SHORTCODE = Pattern.compile(":[a-z0-9_+-]+:");
    private static final Pattern MARKS = Pattern.compile("[*_~`]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGE = Pattern.compile("^[^\\p{L}\\p{N}@(]+|[^\\p{L}\\p{N})?]+$");

    private HeadingText() {
    }

    /** Lower case, emoji shortcodes and symbols at either end removed, spaces collapsed. */
    static String normalise(String heading) {
        String s = SHORTCODE.matcher(heading == null ? "" : heading).replaceAll(" ");
        s = SPACES.matcher(MARKS.matcher(s).replaceAll("")).replaceAll(" ");
        return EDGE.matcher(s.strip()).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
