package org.minutegraph.ingest.model;

/** Whether an action item is done, as far as the file says. */
public enum ActionStatus {
    OPEN,
    DONE,
    /** The file says nothing about it; no {@code mg:status} is written. */
    UNKNOWN
}
