package org.minutegraph.ingest.extract;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A block written as "label: value" ("Minutes: Jonas", "sponsor: @x", "Decision: go ahead").
 *
 * @param label the words before the first colon, normalised by {@link HeadingText#normalise}
 * @param value what follows the colon, stripped (may be empty: the label introduces nested items)
 */
record LabelledText(String label, String value) {

    /** A short label (at most ten words, no URL scheme) before the first colon. */
    private static final Pattern FORM = Pattern.compile("^\\s*([^:\\n]{1,80}?)\\s*:(?!//)\\s*(.*)$", Pattern.DOTALL);

    private static final Pattern SPACES = Pattern.compile("\\s+");

    LabelledText {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }

    static Optional<LabelledText> of(String text) {
        if (text == null || text.indexOf(':') < 0) {
            return Optional.empty(); // the form needs a colon: skip the regex
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches() || SPACES.split(m.group(1).strip()).length > 10) {
            return Optional.empty();
        }
        return Optional.of(new LabelledText(HeadingText.normalise(m.group(1)), m.group(2).strip()));
    }
}
