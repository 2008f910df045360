package org.minutegraph.ingest.model;

/** The checkbox of a GitHub task-list item, or NONE for an ordinary block. */
public enum TaskState {
    NONE,
    OPEN,
    DONE
}
