package org.minutegraph.server.search;

import java.util.List;

/**
 * Who discussed a topic: the entity it resolved to ({@code iri} null when only full text matched),
 * people ranked by evidence and teams by the number of passages.
 */
public record WhoResponse(Topic topic, List<Person> people, List<Team> teams) {

    public record Topic(String iri, String label) {
    }

    /** {@code meetings}: distinct meetings with evidence; {@code evidence}: the best passages. */
    public record Person(String iri, String handle, String name, double score, int meetings, List<Evidence> evidence) {
    }

    public record Evidence(String meeting, String date, String sourcePath, String heading, String snippet, int startLine) {
    }

    public record Team(String series, String label, int count) {
    }
}
