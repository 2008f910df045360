package org.minutegraph.server.sparql;

import java.time.Duration;

/** Receives what the endpoint did, for metrics. Implementations must be thread-safe and quick. */
public interface SparqlMonitor {

    /** A monitor that records nothing. */
    SparqlMonitor NONE = new SparqlMonitor() {
    };

    /** A query ran to completion; {@code form} is select, ask, construct or describe. */
    default void executed(String form, Duration elapsed) {
    }

    /** A query was stopped at its time limit. */
    default void timedOut() {
    }

    /** A request was refused; {@code reason} is the error code sent (read_only, bad_request, ...). */
    default void rejected(String reason) {
    }

    /** A query started running in one of the endpoint's slots. */
    default void started() {
    }

    /** A query that {@link #started()} has ended, however (answer, error, timeout). */
    default void ended() {
    }
}
