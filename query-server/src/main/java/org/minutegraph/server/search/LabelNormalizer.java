package org.minutegraph.server.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds labels and query words alike: accents off, lower case, punctuation runs to one space. */
final class LabelNormalizer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private LabelNormalizer() {
    }

    static String normalize(String text) {
        if (isAscii(text)) {
            return asciiNormalize(text);
        }
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        return NON_WORD.matcher(folded).replaceAll(" ").strip();
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
    private static String asciiNormalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
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
