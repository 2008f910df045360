package org.minutegraph.ingest.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A section as extracted: where it is, what it is about and whom and what it mentions.
 *
 * @param index position in the meeting's section list, same as the parsed {@link DocSection#index()}
 * @param heading the heading text (after secret redaction)
 * @param level heading level, 0 for text before the first heading
 * @param parent index of the enclosing section or -1
 * @param topic the agenda topic this heading names, if it names one
 * @param tools IRIs of the tools mentioned in the heading or the section's own prose
 * @param people people mentioned in the section's prose (not the participant list itself)
 * @param sponsors people stated as the sponsor of this topic
 * @param references GitHub issue or pull request IRIs mentioned in the section
 * @param meetingLinks source paths of other meetings this section links to
 * @param text the passage text: the section's blocks joined by newlines (code blocks excluded), redacted
 */
public record MeetingSection(
        int index,
        String heading,
        int level,
        int startLine,
        int endLine,
        int parent,
        Optional<TopicRef> topic,
        Set<String> tools,
        Set<PersonRef> people,
        Set<PersonRef> sponsors,
        Set<String> references,
        Set<String> meetingLinks,
        String text) {

    public MeetingSection {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(text, "text");
        tools = Set.copyOf(tools);
        people = Set.copyOf(people);
        sponsors = Set.copyOf(sponsors);
        references = Set.copyOf(references);
        meetingLinks = Set.copyOf(meetingLinks);
        if (startLine < 1 || endLine < startLine) {
            throw new IllegalArgumentException("bad line range " + startLine + ".." + endLine);
        }
    }
}
