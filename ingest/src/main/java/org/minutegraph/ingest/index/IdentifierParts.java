package org.minutegraph.ingest.index;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Adds the parts of identifiers to the token stream: {@code cluster-api} stays and {@code cluster}
 * and {@code api} join it; {@code @jdoe} gives {@code jdoe}; {@code Harbor's} gives {@code Harbor}.
 * Splitting happens at any character that is not a letter or a number.
 */
final class IdentifierParts {

    private static final int FLAGS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
            | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
            | WordDelimiterGraphFilter.PRESERVE_ORIGINAL
            | WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE;

    private IdentifierParts() {
    }

    /** For queries: the parts as a token graph, from which the query parser builds alternatives. */
    static TokenStream graph(TokenStream in) {
        return new WordDelimiterGraphFilter(in, FLAGS, null);
    }

    /**
     * For indexing: the parts flattened onto positions (an index cannot hold a graph). Only tokens
     * with a delimiter go through the graph filter and its flattening, which copies every token it
     * sees; plain words, most of the text, pass straight on. A run of dropped punctuation leaves one
     * position hole, as flattening every token did: the tokens, positions and offsets are the same
     * as {@code FlattenGraphFilter(graph(in))}, checked on the real corpus, at under half the cost.
     */
    static TokenStream flat(TokenStream in) {
        return new Delimited(new OneHole(in));
    }

    private static final class Delimited extends ConditionalTokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        Delimited(TokenStream in) {
            super(in, tokens -> new FlattenGraphFilter(graph(tokens)));
        }

        @Override
        protected boolean shouldFilter() {
            char[] buffer = term.buffer();
            int length = term.length();
            for (int i = 0; i < length; ) {
                int c = Character.codePointAt(buffer, i, length);
                if (!EdgePunctuationFilter.isLetterOrNumber(c)) {
                    return true;
                }
                i += Character.charCount(c);
            }
            return false;
        }
    }

    private static final class OneHole extends TokenFilter {
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

        OneHole(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (increment.getPositionIncrement() > 2) {
                increment.setPositionIncrement(2);
            }
            return true;
        }
    }
}
