package org.minutegraph.ingest.extract;

import java.util.List;
import java.util.Objects;
import org.minutegraph.ingest.model.PersonRef;

/**
 * A task read from one block: who is to do it and what, the marker ("AI @x:") already removed.
 *
 * @param owners the people named as owners, possibly none
 * @param text the task text, stripped
 */
record OwnedTask(List<PersonRef> owners, String text) {
    OwnedTask {
        owners = List.copyOf(owners);
        text = Objects.requireNonNull(text, "text").strip();
    }
}
