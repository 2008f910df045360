package org.minutegraph.ingest.model;

import java.util.List;
import java.util.Objects;

/**
 * Something someone is to do, as recorded in one section.
 *
 * @param section index of the section it is in
 * @param text the task, with the "AI:" marker and owner prefix removed
 * @param owners who is to do it (may be empty)
 */
public record ActionItem(int section, String text, List<PersonRef> owners, ActionStatus status, int startLine, int endLine) {
    public ActionItem {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(status, "status");
        owners = List.copyOf(owners);
        if (startLine < 1 || endLine < startLine) {
            throw new IllegalArgumentException("bad line range " + startLine + ".." + endLine);
        }
    }
}
