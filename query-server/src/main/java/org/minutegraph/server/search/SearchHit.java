package org.minutegraph.server.search;

/**
 * One passage found. The first seven fields are the API contract; the rest help pages link to
 * the exact lines. {@code snippet} is HTML: text escaped, matches wrapped in {@code <mark>}.
 *
 * @param passage the section IRI
 */
public record SearchHit(String meeting, String date, String series, String sourcePath, String heading, String snippet,
        double score, int startLine, int endLine, String title, String seriesLabel, String passage) {
}
