package org.minutegraph.ingest.index;

/**
 * Every field of the passage index, named once. One document is one passage: the text under one
 * heading of one meeting. Writers and searchers refer to these names only.
 *
 * <p>Entity facet fields hold {@link EntityValue}s (key, label and IRI in one doc value), so a
 * facet count, a suggestion and a who-answer all come from the same value.
 */
public final class PassageSchema {

    /** Bumped when documents change shape; the store records it with every commit, so that an older index is rebuilt. */
    public static final String SCHEMA_VERSION = "2";

    // Identity and provenance
    /** Section IRI: keyword, stored. */
    public static final String ID = "id";
    /** Meeting IRI: keyword, stored, sorted doc value (who counts meetings without reading stored fields). */
    public static final String MEETING = "meeting";
    /** Meeting title: stored. */
    public static final String TITLE = "title";
    /** Source path relative to the corpus root: keyword, stored; deletes go by this term. */
    public static final String SOURCE_PATH = "sourcePath";
    public static final String START_LINE = "startLine";
    public static final String END_LINE = "endLine";

    // Time
    /** Epoch day: LongPoint for ranges, NumericDocValues for sorting. */
    public static final String DATE_DAY = "dateDay";
    /** ISO date, stored. */
    public static final String DATE = "date";
    /** "2023": keyword and facet. */
    public static final String YEAR = "year";
    /** "2023-02": keyword and facet. */
    public static final String MONTH = "month";

    // Series
    /** Series slug: keyword; facet {@link EntityValue} in {@link #SERIES_FACET}. */
    public static final String SERIES = "series";
    public static final String SERIES_LABEL = "seriesLabel";
    public static final String SERIES_FACET = "seriesFacet";

    // Text
    /** The passage text: analysed with offsets (highlighting), stored. */
    public static final String TEXT = "text";
    /** The heading itself: analysed, stored. */
    public static final String HEADING = "heading";
    /** Parent headings and this one joined by {@link #HEADING_PATH_SEPARATOR}: analysed, stored. */
    public static final String HEADING_PATH = "headingPath";
    public static final String HEADING_PATH_SEPARATOR = " › ";

    // People (keyword fields hold the person IRI, handle and folded name, so any of them filters)
    /** Anyone mentioned, sponsoring or owning an action in the passage. */
    public static final String PERSON = "person";
    public static final String PERSON_FACET = "personFacet";
    /** IRIs per role, stored and as sorted-set doc values, for who-evidence weights. */
    public static final String MENTIONED = "mentioned";
    public static final String SPONSOR = "sponsor";
    public static final String OWNER = "owner";
    /** Meeting participants and minute takers: keyword, stored IRIs and sorted-set doc values, not a facet. */
    public static final String PARTICIPANT = "participant";
    /** Stored {@link EntityValue} of every person named on the passage (any role, incl. participants). */
    public static final String PERSON_INFO = "personInfo";

    // Tools and topics
    /** Tool IRI: keyword. */
    public static final String TOOL = "tool";
    public static final String TOOL_FACET = "toolFacet";
    /** Topic key: keyword. */
    public static final String TOPIC = "topic";
    public static final String TOPIC_LABEL = "topicLabel";
    public static final String TOPIC_FACET = "topicFacet";

    // Decisions and actions recorded in the section
    public static final String HAS_DECISION = "hasDecision";
    public static final String HAS_ACTION = "hasAction";
    public static final String DECISION_TEXT = "decisionText";
    public static final String ACTION_TEXT = "actionText";

    // Embeddings
    /** MiniLM vector, cosine. */
    public static final String VECTOR = "vector";
    public static final int VECTOR_DIMENSIONS = 384;

    /** Keyword value of the flags. */
    public static final String TRUE = "true";

    /** Query-time boosts of the analysed fields. */
    public static final float HEADING_BOOST = 2.0f;
    public static final float HEADING_PATH_BOOST = 1.5f;
    public static final float TEXT_BOOST = 1.0f;

    private PassageSchema() {
    }
}
