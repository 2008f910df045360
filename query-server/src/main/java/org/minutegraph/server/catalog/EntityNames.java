package org.minutegraph.server.catalog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a typed name meets the name of an entity, the same for who, suggest, timeline, search
 * filters and pages: one folding and one rule for near spellings ("habour" → Harbor).
 */
public final class EntityNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    /** Letters, digits, '+' and '#' make words ("C++" and "C#" are not "C"); anything else separates them. */
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}+#]+");

    private EntityNames() {
    }

    /** Folds case, accents and punctuation (a leading '@' too), so "Cluster-API", "cluster api" and "Clüster API" meet. */
    public static String normalise(String text) {
        if (isAscii(text)) {
            return asciiNormalise(text);
        }
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        return NON_WORD.matcher(folded).replaceAll(" ").strip();
    }

    /**
     * How many edits a near spelling of the normalised {@code key} may need: none below four
     * letters (one edit is another word there), one for four or five, two from six ("habour" → "harbor").
     */
    public static int allowedEdits(String key) {
        return key.length() < 4 ? 0 : key.length() < 6 ? 1 : 2;
    }

    /** The edit distance from {@code key} to {@code name} (both normalised), or {@code allowedEdits(key) + 1} when farther than a near spelling. */
    public static int distance(String key, String name) {
        return EditDistance.bounded(key, name, allowedEdits(key));
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The same folding for ASCII, where there are no accents: a single pass without regular expressions (type-ahead runs it per name). */
    private static String asciiNormalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '+' || c == '#';
            if (!word) {
                gap = true;
                continue;
            }
            if (gap && !out.isEmpty()) {
                out.append(' ');
            }
            gap = false;
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return out.toString();
    }
}
