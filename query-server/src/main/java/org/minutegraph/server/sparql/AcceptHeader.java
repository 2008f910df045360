package org.minutegraph.server.sparql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A parsed HTTP Accept header and the choice it implies among the types a server can produce.
 * Follows RFC 9110: the most specific matching range decides a type's quality; q=0 excludes it;
 * among equal qualities the server's order of preference wins. Malformed entries are skipped.
 */
public record AcceptHeader(List<MediaRange> ranges) {

    public AcceptHeader {
        ranges = List.copyOf(ranges);
    }

    /** Parses a header value; a missing or blank header accepts everything. */
    public static AcceptHeader parse(String header) {
        List<MediaRange> ranges = new ArrayList<>();
        if (header == null || header.isBlank()) {
            ranges.add(new MediaRange("*", "*", 1.0));
            return new AcceptHeader(ranges);
        }
        for (String entry : header.split(",")) {
            parseRange(entry).ifPresent(ranges::add);
        }
        return new AcceptHeader(ranges);
    }

    private static Optional<MediaRange> parseRange(String entry) {
        String[] parts = entry.split(";");
        String mediaType = parts[0].trim();
        int slash = mediaType.indexOf('/');
        if (slash <= 0 || slash == mediaType.length() - 1) {
            return Optional.empty();
        }
        double q = 1.0;
        for (int i = 1; i < parts.length; i++) {
            String param = parts[i].trim();
            if (param.length() > 2 && (param.startsWith("q=") || param.startsWith("Q="))) {
                try {
                    q = Double.parseDouble(param.substring(2).trim());
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        if (q < 0 || q > 1) {
            return Optional.empty();
        }
        return Optional.of(new MediaRange(mediaType.substring(0, slash).trim(),
                mediaType.substring(slash + 1).trim(), q));
    }

    /** The quality this header gives to {@code mediaType}: that of the most specific matching range. */
    public double quality(String mediaType) {
        MediaRange best = null;
        for (MediaRange range : ranges) {
            if (range.matches(mediaType) && (best == null || range.specificity() > best.specificity()
                    || (range.specificity() == best.specificity() && range.quality() > best.quality()))) {
                best = range;
            }
        }
        return best == null ? 0 : best.quality();
    }

    /** The offered type with the highest quality above 0, preferring earlier offers on ties. */
    public Optional<String> choose(List<String> offered) {
        String chosen = null;
        double chosenQ = 0;
        for (String candidate : offered) {
            double q = quality(candidate);
            if (q > chosenQ) {
                chosen = candidate;
                chosenQ = q;
            }
        }
        return Optional.ofNullable(chosen);
    }
}
