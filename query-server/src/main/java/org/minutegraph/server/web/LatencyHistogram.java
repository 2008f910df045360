package org.minutegraph.server.web;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/** A Prometheus-style cumulative histogram of request durations in seconds; thread-safe. */
final class LatencyHistogram {

    /** Upper bounds of the buckets, in seconds; +Inf is implied. */
    static final double[] BOUNDS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30};

    private final AtomicLongArray buckets = new AtomicLongArray(BOUNDS.length);
    private final LongAdder count = new LongAdder();
    private final DoubleAdder sum = new DoubleAdder();

    void observe(double seconds) {
        for (int i = 0; i < BOUNDS.length; i++) {
            if (seconds <= BOUNDS[i]) {
                buckets.incrementAndGet(i);
            }
        }
        count.increment();
        sum.add(seconds);
    }

    /** Observations at or below {@code BOUNDS[i]} (cumulative, as Prometheus expects). */
    long bucket(int i) {
        return buckets.get(i);
    }

    long count() {
        return count.sum();
    }

    double sum() {
        return sum.sum();
    }
}
