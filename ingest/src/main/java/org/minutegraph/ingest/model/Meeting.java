package org.minutegraph.ingest.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything extracted from one minutes file; the input of the RDF and index writers.
 *
 * @param sourcePath path relative to the corpus root ({@code container/20230220.md})
 * @param series the series slug
 * @param date the meeting date
 * @param title the title
 * @param participants people listed as present, in file order, without duplicates
 * @param minuteTakers who took the minutes
 * @param sections every section, in document order
 * @param actionItems action items in document order
 * @param decisions decisions in document order
 * @param references GitHub issue and pull request IRIs anywhere in the file
 * @param meetingLinks source paths of the other meetings this one links to
 * @param warnings what extraction reported (including redacted secrets)
 */
public record Meeting(
        String sourcePath,
        String series,
        LocalDate date,
        String title,
        List<PersonRef> participants,
        List<PersonRef> minuteTakers,
        List<MeetingSection> sections,
        List<ActionItem> actionItems,
        List<Decision> decisions,
        Set<String> references,
        Set<String> meetingLinks,
        List<IngestWarning> warnings) {

    public Meeting {
        Objects.requireNonNull(sourcePath, "sourcePath");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        participants = List.copyOf(participants);
        minuteTakers = List.copyOf(minuteTakers);
        sections = List.copyOf(sections);
        actionItems = List.copyOf(actionItems);
        decisions = List.copyOf(decisions);
        references = Set.copyOf(references);
        meetingLinks = Set.copyOf(meetingLinks);
        warnings = List.copyOf(warnings);
    }
}
