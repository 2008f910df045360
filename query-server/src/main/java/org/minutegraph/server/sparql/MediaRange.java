package org.minutegraph.server.sparql;

import java.util.Locale;
import java.util.Objects;

/**
 * One entry of an Accept header: {@code type/subtype} (either may be {@code *}) with its quality.
 *
 * @param type    lower-case main type or {@code *}
 * @param subtype lower-case subtype or {@code *}
 * @param quality the q-value, 0..1 (0 means "not acceptable")
 */
public record MediaRange(String type, String subtype, double quality) {

    public MediaRange {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subtype, "subtype");
        type = type.toLowerCase(Locale.ROOT);
        subtype = subtype.toLowerCase(Locale.ROOT);
        if (quality < 0 || quality > 1 || Double.isNaN(quality)) {
            throw new IllegalArgumentException("q-value must be between 0 and 1, was " + quality);
        }
    }

    /** Whether this range covers the concrete media type {@code mediaType} ("text/turtle"). */
    public boolean matches(String mediaType) {
        int slash = mediaType.indexOf('/');
        String t = mediaType.substring(0, slash).toLowerCase(Locale.ROOT);
        String s = mediaType.substring(slash + 1).toLowerCase(Locale.ROOT);
        return (type.equals("*") || type.equals(t)) && (subtype.equals("*") || subtype.equals(s));
    }

    /** 2 for an exact type, 1 for {@code type/*}, 0 for {@code *}{@code /*}: the more specific range wins. */
    public int specificity() {
        return type.equals("*") ? 0 : subtype.equals("*") ? 1 : 2;
    }
}
