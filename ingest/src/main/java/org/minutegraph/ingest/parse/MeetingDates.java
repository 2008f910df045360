package org.minutegraph.ingest.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a calendar date written in a file name, folder name, front matter value or title:
 * {@code 20230223}, {@code 2023-02-23}, {@code 2023_02_23}, {@code 2023.02.23}, {@code 23.02.2023},
 * {@code February 23, 2023}, {@code 23 Feb 2023} (English or German month names). Only real dates
 * count ({@code 20231345} is none); of several, the one written first wins.
 */
public final class MeetingDates {

    private static final String MONTH = "(jan(?:uary|uar)?|feb(?:ruary|ruar)?|mar(?:ch)?|m(?:ä|ae)rz|apr(?:il)?|ma[iy]"
            + "|jun[ei]?|jul[yi]?|aug(?:ust)?|sep(?:t(?:ember)?)?|o[ck]t(?:ober)?|nov(?:ember)?|de[cz](?:ember)?)";
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(\\d{4})(\\d{2})(\\d{2})(?!\\d)");
    private static final Pattern YEAR_FIRST = Pattern.compile("(?<!\\d)(\\d{4})([-_./])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
    private static final Pattern DAY_FIRST = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?!\\d)");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?<!\\p{L})" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+" + MONTH + "\\.?,?\\s+(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("mär", 3), Map.entry("mae", 3),
            Map.entry("apr", 4), Map.entry("may", 5), Map.entry("mai", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("okt", 10), Map.entry("nov", 11),
            Map.entry("dec", 12), Map.entry("dez", 12));

    private MeetingDates() {
    }

    /** The first real date written in {@code text}, if any. */
    public static Optional<LocalDate> find(CharSequence text) {
        if (text == null) {
            return Optional.empty();
        }
        Hit best = null;
        best = earliest(best, COMPACT.matcher(text), m -> date(m.group(1), m.group(2), m.group(3)));
        best = earliest(best, YEAR_FIRST.matcher(text), m -> date(m.group(1), m.group(3), m.group(4)));
        best = earliest(best, DAY_FIRST.matcher(text), m -> date(m.group(3), m.group(2), m.group(1)));
        best = earliest(best, MONTH_FIRST.matcher(text), m -> named(m.group(3), m.group(1), m.group(2)));
        best = earliest(best, DAY_MONTH.matcher(text), m -> named(m.group(3), m.group(2), m.group(1)));
        return best == null ? Optional.empty() : Optional.of(best.date());
    }

    private record Hit(int start, LocalDate date) {
    }

    private interface Reading {
        Optional<LocalDate> read(Matcher m);
    }

    private static Hit earliest(Hit best, Matcher m, Reading reading) {
        while (m.find()) {
            if (best != null && m.start() >= best.start()) {
                return best;
            }
            Optional<LocalDate> date = reading.read(m);
            if (date.isPresent()) {
                return new Hit(m.start(), date.get());
            }
        }
        return best;
    }

    private static Optional<LocalDate> named(String year, String month, String day) {
        String key = month.toLowerCase(Locale.ROOT);
        Integer number = MONTHS.get(key.substring(0, Math.min(3, key.length())));
        return number == null ? Optional.empty() : date(year, String.valueOf(number), day);
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        int y = Integer.parseInt(year);
        if (y < 1970 || y > 2199) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
