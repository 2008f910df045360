package org.minutegraph.ingest.index;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Trims punctuation from the edges of a token: leading characters that are neither a letter, a
 * number, {@code @} nor {@code #} ({@code @handle} and {@code #123} keep their sign), and trailing
 * characters that are neither a letter nor a number ("done." → "done"). A token of punctuation
 * alone becomes empty, for a {@code LengthFilter} to drop.
 *
 * <p>The same as a {@code PatternReplaceFilter} on {@code ^[^\p{L}\p{N}@#]+|[^\p{L}\p{N}]+$}, checked
 * token for token on the real corpus, without a regular expression per token.
 */
final class EdgePunctuationFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    EdgePunctuationFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        int start = 0;
        while (start < length) {
            int c = Character.codePointAt(buffer, start, length);
            if (isLetterOrNumber(c) || c == '@' || c == '#') {
                break;
            }
            start += Character.charCount(c);
        }
        int end = length;
        while (end > start) {
            int c = Character.codePointBefore(buffer, end, start);
            if (isLetterOrNumber(c)) {
                break;
            }
            end -= Character.charCount(c);
        }
        if (start > 0 || end < length) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            term.setLength(end - start);
        }
        return true;
    }

    /** Unicode categories L* and N*, as {@code \p{L}} and {@code \p{N}} in a regular expression. */
    static boolean isLetterOrNumber(int c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                 Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
