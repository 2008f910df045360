package org.minutegraph.ingest.pipeline;

import java.util.List;

import org.minutegraph.ingest.model.IngestWarning;

/**
 * What one ingest did.
 *
 * @param files minutes files found
 * @param meetings meetings now in the store
 * @param written files whose graphs were (re)written by this run
 * @param removed files whose graphs were removed
 * @param triples triples in the store after the run
 * @param people distinct people
 * @param tools distinct tools mentioned
 * @param topics distinct topics
 * @param actionItems action items in the store
 * @param decisions decisions in the store
 * @param warnings everything reported, with path and line
 * @param seconds wall time of the run
 * @param stageMillis time per stage (scan, parse, extract, rdf, store...), in run order
 * @param rebuiltBecause why an existing store was rebuilt from every file (damaged, interrupted, --force), if it was
 */
public record IngestReport(
        int files,
        int meetings,
        int written,
        int removed,
        long triples,
        int people,
        int tools,
        int topics,
        int actionItems,
        int decisions,
        List<IngestWarning> warnings,
        double seconds,
        java.util.Map<String, Long> stageMillis,
        java.util.Optional<String> rebuiltBecause) {

    public IngestReport {
        warnings = List.copyOf(warnings);
        stageMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageMillis));
    }

    /** True when the run found nothing to change. */
    public boolean unchanged() {
        return written == 0 && removed == 0;
    }
}
