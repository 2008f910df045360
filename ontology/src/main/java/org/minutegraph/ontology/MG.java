package org.minutegraph.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The IRIs of the Minutegraph vocabulary, named once. Every term here is declared in
 * {@code minutegraph.ttl}; a test keeps the two in step.
 */
public final class MG {

    /** The ontology namespace, {@code mg:}. */
    public static final String NS = "https://w3id.org/minutegraph#";

    /** Default base under which ingest mints instance IRIs (meetings, people, topics, tools...). */
    public static final String DEFAULT_BASE = "https://w3id.org/minutegraph/id/";

    // Classes
    public static final Resource Meeting = cls("Meeting");
    public static final Resource Series = cls("Series");
    public static final Resource Section = cls("Section");
    public static final Resource Topic = cls("Topic");
    public static final Resource Tool = cls("Tool");
    public static final Resource ToolCategory = cls("ToolCategory");
    public static final Resource ActionItem = cls("ActionItem");
    public static final Resource Decision = cls("Decision");
    public static final Resource SourceFile = cls("SourceFile");

    // Meeting
    public static final Property series = prop("series");
    public static final Property sourcePath = prop("sourcePath");
    public static final Property participant = prop("participant");
    public static final Property minuteTaker = prop("minuteTaker");
    public static final Property references = prop("references");

    // Series
    public static final Property slug = prop("slug");

    // Person
    public static final Property handle = prop("handle");

    // Section
    public static final Property inMeeting = prop("inMeeting");
    public static final Property heading = prop("heading");
    public static final Property headingLevel = prop("headingLevel");
    public static final Property parentSection = prop("parentSection");
    public static final Property topic = prop("topic");
    public static final Property mentions = prop("mentions");
    public static final Property sponsor = prop("sponsor");

    // Action items and decisions
    public static final Property inSection = prop("inSection");
    public static final Property owner = prop("owner");
    public static final Property text = prop("text");
    public static final Property status = prop("status");

    // Provenance: where a resource was read from
    public static final Property startLine = prop("startLine");
    public static final Property endLine = prop("endLine");
    public static final Property contentHash = prop("contentHash");
    public static final Property content = prop("content");
    public static final Property describes = prop("describes");
    public static final Property fingerprint = prop("fingerprint");
    public static final Property generation = prop("generation");

    // Tool vocabulary: labels that are common words need context to count as a mention
    public static final Property ambiguous = prop("ambiguous");
    public static final Property contextTerm = prop("contextTerm");

    /** Values of {@link #status}. */
    public static final String STATUS_OPEN = "open";
    public static final String STATUS_DONE = "done";

    /** Every class and property above, for the test that checks they are all declared. */
    public static final java.util.List<Resource> TERMS = java.util.List.of(
            Meeting, Series, Section, Topic, Tool, ToolCategory, ActionItem, Decision, SourceFile,
            series, sourcePath, participant, minuteTaker, references, slug, handle,
            inMeeting, heading, headingLevel, parentSection, topic, mentions, sponsor,
            inSection, owner, text, status, startLine, endLine, contentHash, content, describes, fingerprint, generation,
            ambiguous, contextTerm);

    private MG() {
    }

    private static Resource cls(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property prop(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
