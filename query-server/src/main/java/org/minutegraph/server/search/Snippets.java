package org.minutegraph.server.search;

import java.io.IOException;
import java.util.Map;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.minutegraph.ingest.index.MinutesAnalyzer;
import org.minutegraph.ingest.index.PassageSchema;

/**
 * Highlighted snippets of passage text from the offsets in the index: the text is HTML-escaped,
 * then matches are wrapped in {@code <mark>}. A passage without a match shows its beginning.
 */
final class Snippets {

    private static final int MAX_PASSAGES = 2;

    private Snippets() {
    }

    /** One snippet per doc id (same order); never null. */
    static String[] of(IndexSearcher searcher, Query query, int[] docIds, int snippetChars) throws IOException {
        if (docIds.length == 0) {
            return new String[0];
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, MinutesAnalyzer.forQuery())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                // Minutes are bullets, not sentences: a line is the unit a snippet grows by.
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new CustomSeparatorBreakIterator('\n'), snippetChars, 0.5f))
                .withMaxNoHighlightPassages(1)
                .build();
        Map<String, String[]> highlights = highlighter.highlightFields(
                new String[] {PassageSchema.TEXT}, query, docIds, new int[] {MAX_PASSAGES});
        String[] snippets = highlights.get(PassageSchema.TEXT);
        String[] out = new String[docIds.length];
        for (int i = 0; i < docIds.length; i++) {
            String s = snippets == null ? null : snippets[i];
            out[i] = s == null ? "" : s.strip();
        }
        return out;
    }

    /** HTML-escapes text that is shown without highlighting. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
