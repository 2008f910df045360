package org.minutegraph.ingest.source;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The series slug of a file: its first folder under the root. Files directly in the root, and
 * files whose first folder is only a date or a year ({@code 2024/}, {@code 2024-03-05/}), belong to
 * the series named after the root folder: a date is when a meeting was, not which team met.
 */
final class SeriesResolver {

    private static final Pattern DATE_FOLDER = Pattern.compile("\\d{4}(?:[-_.]?\\d{2}(?:[-_.]?\\d{2})?)?");

    private final String rootSeries;

    SeriesResolver(String rootFolderName) {
        String slug = slug(rootFolderName);
        this.rootSeries = slug.isEmpty() ? "minutes" : slug;
    }

    String seriesOf(String sourcePath) {
        int slash = sourcePath.indexOf('/');
        if (slash < 0) {
            return rootSeries;
        }
        String first = sourcePath.substring(0, slash);
        if (DATE_FOLDER.matcher(first).matches()) {
            return rootSeries;
        }
        String slug = slug(first);
        return slug.isEmpty() ? rootSeries : slug;
    }

    /** Lower case, runs of anything but letters and digits become one '-'. */
    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }
}
