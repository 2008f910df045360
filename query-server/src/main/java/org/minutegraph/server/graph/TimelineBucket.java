package org.minutegraph.server.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One month of a timeline chart.
 *
 * @param month "2023-02"
 * @param series series slug → number of distinct meetings of that series in the month where the
 *     entity appears; empty for a month without any
 */
public record TimelineBucket(String month, Map<String, Integer> series) {
    public TimelineBucket {
        Objects.requireNonNull(month, "month");
        series = Collections.unmodifiableMap(new LinkedHashMap<>(series));
    }

    /** Meetings in the month over all series. */
    public int total() {
        return series.values().stream().mapToInt(Integer::intValue).sum();
    }
}
