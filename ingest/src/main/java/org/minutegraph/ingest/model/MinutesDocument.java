package org.minutegraph.ingest.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One minutes file as parsed: where it came from, its title and date, and its sections.
 *
 * @param sourcePath path relative to the corpus root, with '/' separators ({@code container/20230220.md})
 * @param series the series slug (first folder level, or the corpus folder's name for a flat layout)
 * @param title the first heading's text, or the front matter title, or the file name
 * @param date the meeting date from the file name, a dated folder, front matter or title; empty if none
 * @param frontMatter YAML front matter keys and values (flattened to strings), empty when absent
 * @param sections the sections in document order
 * @param lineCount number of lines parsed: all of the file's, unless it was cut at the parser's limits
 * @param warnings what the parser found odd but survived
 */
public record MinutesDocument(
        String sourcePath,
        String series,
        String title,
        Optional<LocalDate> date,
        Map<String, String> frontMatter,
        List<DocSection> sections,
        int lineCount,
        List<IngestWarning> warnings) {

    public MinutesDocument {
        Objects.requireNonNull(sourcePath, "sourcePath");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        frontMatter = Map.copyOf(frontMatter);
        sections = List.copyOf(sections);
        warnings = List.copyOf(warnings);
    }
}
