package org.minutegraph.ingest.parse;

/** Cuts the text of a file beyond the line or character limit before it is parsed, at a line break where it can. */
final class TextLimit {

    /** The text to parse; {@code cutLine} is the first line left out (or cut inside), 0 when nothing was. */
    record Kept(String text, int cutLine, String reason) {
    }

    private TextLimit() {
    }

    static Kept apply(String text, FileLimits limits) {
        int start = 0;
        for (int line = 1; start < text.length(); line++) {
            if (line > limits.maxLines()) {
                return new Kept(text.substring(0, start), line, "more than " + limits.maxLines() + " lines in one file");
            }
            int nl = text.indexOf('\n', start);
            int next = nl < 0 ? text.length() : nl + 1;
            if (next > limits.maxChars()) {
                // A first line longer than the limit is cut inside it, never inside a character.
                int end = start > 0 ? start : Character.isLowSurrogate(text.charAt(limits.maxChars())) ? limits.maxChars() - 1 : limits.maxChars();
                return new Kept(text.substring(0, end), line, "more than " + limits.maxChars() + " characters in one file");
            }
            start = next;
        }
        return new Kept(text, 0, "");
    }
}
