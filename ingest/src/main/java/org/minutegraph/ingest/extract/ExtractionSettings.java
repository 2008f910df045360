package org.minutegraph.ingest.extract;

import java.util.Objects;

/**
 * What the extractors need to know about a corpus.
 *
 * @param tools the tool vocabulary (built-in plus the user's)
 * @param github how short issue references resolve
 * @param meetingLinks which URLs are links to other minutes of the corpus
 * @param people which handles and words are not people
 */
public record ExtractionSettings(ToolVocabulary tools, GitHubRefs github, MeetingLinkResolver meetingLinks, PersonFilter people) {
    public ExtractionSettings {
        Objects.requireNonNull(tools, "tools");
        Objects.requireNonNull(github, "github");
        Objects.requireNonNull(meetingLinks, "meetingLinks");
        Objects.requireNonNull(people, "people");
    }
}
