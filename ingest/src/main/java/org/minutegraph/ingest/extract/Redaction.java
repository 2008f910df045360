package org.minutegraph.ingest.extract;

import java.util.List;
import java.util.Objects;

import org.minutegraph.ingest.model.IngestWarning;
import org.minutegraph.ingest.model.MinutesDocument;

/**
 * A document with its secrets replaced by {@value SecretRedactor#MASK}, and one warning per line
 * where something was replaced. Warnings say where and what kind, never the secret.
 */
public record Redaction(MinutesDocument document, List<IngestWarning> warnings) {
    public Redaction {
        Objects.requireNonNull(document, "document");
        warnings = List.copyOf(warnings);
    }

    /** True when nothing had to be redacted. */
    public boolean clean() {
        return warnings.isEmpty();
    }
}
