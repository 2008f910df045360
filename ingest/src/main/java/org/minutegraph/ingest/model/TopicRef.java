package org.minutegraph.ingest.model;

import java.util.Objects;

/**
 * A recurring agenda topic named by a heading.
 *
 * @param key the normalised identity, a slug ("registry", "capi-images"): equal keys are one topic
 * @param label the normalised human label ("Registry", "CAPI Images")
 * @param asWritten the heading text as written in this file, kept as an alternative label
 */
public record TopicRef(String key, String label, String asWritten) {
    public TopicRef {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(asWritten, "asWritten");
        if (key.isBlank()) {
            throw new IllegalArgumentException("topic key must not be blank");
        }
    }
}
