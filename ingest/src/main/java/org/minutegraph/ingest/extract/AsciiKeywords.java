package org.minutegraph.ingest.extract;

/** Cheap keyword tests run before costly regexes, so the regexes only see text they can match. */
final class AsciiKeywords {

    private AsciiKeywords() {
    }

    /**
     * True when {@code text} holds one of the lower-case ASCII keywords in any case (a superset of
     * what a {@code (?i)} pattern without UNICODE_CASE matches for the same literal).
     */
    static boolean containsAny(String text, String... keywords) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            for (String k : keywords) {
                if (k.charAt(0) == lower && text.regionMatches(true, i, k, 0, k.length())) {
                    return true;
                }
            }
        }
        return false;
    }
}
