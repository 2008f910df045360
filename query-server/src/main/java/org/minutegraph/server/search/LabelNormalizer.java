package org.minutegraph.server.search;

import java.text.Normalizer;
import java.util.Locale;

/** Folds labels and query words alike: accents off, lower case, punctuation runs to one space. */
final class LabelNormalizer {

    private LabelNormalizer() {
    }

    static String normalize(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
