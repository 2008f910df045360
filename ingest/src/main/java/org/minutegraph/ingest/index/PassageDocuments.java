package org.minutegraph.ingest.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.minutegraph.ingest.model.ActionItem;
import org.minutegraph.ingest.model.Decision;
import org.minutegraph.ingest.model.Meeting;
import org.minutegraph.ingest.model.MeetingSection;
import org.minutegraph.ingest.model.PersonRef;

import static org.minutegraph.ingest.index.PassageSchema.*;

/** Turns one meeting into its passage documents (one per section worth searching). */
public final class PassageDocuments {

    /** Analysed, stored, with offsets in the postings so highlighting needs no re-analysis. */
    static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private final IndexConfig config;

    public PassageDocuments(IndexConfig config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    /**
     * A passage document and the text its vector is computed from. The text and its hash are made
     * only when asked for: an index without embeddings never needs them.
     */
    public static final class Passage {
        private final String sourcePath;
        private final Document document;
        private final String seriesLabel;
        private final String headingPath;
        private final String text;
        private String embeddingText;
        private String textHash;

        Passage(String sourcePath, Document document, String seriesLabel, String headingPath, String text) {
            this.sourcePath = sourcePath;
            this.document = document;
            this.seriesLabel = seriesLabel;
            this.headingPath = headingPath;
            this.text = text;
        }

        public String sourcePath() {
            return sourcePath;
        }

        public Document document() {
            return document;
        }

        /** What the embedding model reads: series, heading path and text, without URLs. */
        public String embeddingText() {
            if (embeddingText == null) {
                embeddingText = PassageText.forEmbedding(seriesLabel, headingPath, text);
            }
            return embeddingText;
        }

        /** SHA-256 of {@link #embeddingText()}: the key of the embedding cache. */
        public String textHash() {
            if (textHash == null) {
                textHash = PassageText.sha256(embeddingText());
            }
            return textHash;
        }
    }

    public List<Passage> build(Meeting meeting, IndexContext context) {
        String meetingIri = context.iris().meeting(meeting.sourcePath());
        Map<Integer, MeetingSection> byIndex = new LinkedHashMap<>();
        meeting.sections().forEach(s -> byIndex.put(s.index(), s));
        List<IndexContext.Person> participants = new ArrayList<>();
        for (PersonRef ref : concat(meeting.participants(), meeting.minuteTakers())) {
            IndexContext.Person person = context.person(ref);
            if (participants.stream().noneMatch(p -> p.iri().equals(person.iri()))) {
                participants.add(person);
            }
        }
        List<Passage> passages = new ArrayList<>();
        for (MeetingSection section : meeting.sections()) {
            if (isPassage(section)) {
                passages.add(passage(meeting, meetingIri, section, headingPath(section, byIndex), participants, context));
            }
        }
        return passages;
    }

    private boolean isPassage(MeetingSection section) {
        if (section.text().isBlank() && section.heading().isBlank()) {
            return false;
        }
        return !config.participantHeading().matcher(section.heading()).matches();
    }

    private Passage passage(Meeting meeting, String meetingIri, MeetingSection section, String headingPath,
            List<IndexContext.Person> participants, IndexContext context) {
        Document doc = new Document();
        String id = context.iris().section(meetingIri, section.startLine());
        doc.add(new StringField(ID, id, Field.Store.YES));
        doc.add(new StringField(MEETING, meetingIri, Field.Store.YES));
        doc.add(new SortedDocValuesField(MEETING, new BytesRef(meetingIri)));
        doc.add(new StoredField(TITLE, meeting.title()));
        doc.add(new StringField(SOURCE_PATH, meeting.sourcePath(), Field.Store.YES));
        doc.add(new StoredField(START_LINE, section.startLine()));
        doc.add(new StoredField(END_LINE, section.endLine()));

        long day = meeting.date().toEpochDay();
        doc.add(new LongPoint(DATE_DAY, day));
        doc.add(new NumericDocValuesField(DATE_DAY, day));
        doc.add(new StoredField(DATE, meeting.date().toString()));
        String year = String.valueOf(meeting.date().getYear());
        String month = meeting.date().toString().substring(0, 7);
        keywordFacet(doc, YEAR, year);
        keywordFacet(doc, MONTH, month);

        String seriesLabel = context.seriesLabel(meeting.series());
        doc.add(new StringField(SERIES, meeting.series(), Field.Store.YES));
        doc.add(new StoredField(SERIES_LABEL, seriesLabel));
        facet(doc, SERIES_FACET, new EntityValue(meeting.series(), seriesLabel, context.iris().series(meeting.series())));

        doc.add(new Field(TEXT, section.text(), TEXT_WITH_OFFSETS));
        doc.add(new TextField(HEADING, section.heading(), Field.Store.YES));
        doc.add(new TextField(HEADING_PATH, headingPath, Field.Store.YES));

        List<ActionItem> actions = meeting.actionItems().stream().filter(a -> a.section() == section.index()).toList();
        List<Decision> decisions = meeting.decisions().stream().filter(d -> d.section() == section.index()).toList();
        Set<PersonRef> owners = new LinkedHashSet<>();
        actions.forEach(a -> owners.addAll(a.owners()));
        Map<String, IndexContext.Person> named = new LinkedHashMap<>();
        people(doc, MENTIONED, section.people(), context, named);
        people(doc, SPONSOR, section.sponsors(), context, named);
        people(doc, OWNER, owners, context, named);
        for (IndexContext.Person person : named.values()) {
            personKeywords(doc, PERSON, person);
            facet(doc, PERSON_FACET, new EntityValue(person.displayKey(), person.name(), person.iri()));
        }
        for (IndexContext.Person person : participants) {
            personKeywords(doc, PARTICIPANT, person);
            named.putIfAbsent(person.iri(), person);
        }
        for (IndexContext.Person person : named.values()) {
            doc.add(new StoredField(PERSON_INFO, personInfo(person).encode()));
        }
        participants.forEach(p -> {
            doc.add(new StoredField(PARTICIPANT, p.iri()));
            doc.add(new SortedSetDocValuesField(PARTICIPANT, new BytesRef(p.iri())));
        });

        for (String tool : section.tools()) {
            doc.add(new StringField(TOOL, tool, Field.Store.YES));
            facet(doc, TOOL_FACET, new EntityValue(context.toolLabel(tool), context.toolLabel(tool), tool));
        }
        section.topic().ifPresent(topic -> {
            String label = context.topicLabel(topic.key(), topic.label());
            doc.add(new StringField(TOPIC, topic.key(), Field.Store.YES));
            doc.add(new StoredField(TOPIC_LABEL, label));
            facet(doc, TOPIC_FACET, new EntityValue(topic.key(), label, context.iris().topic(topic.key())));
        });

        if (!decisions.isEmpty()) {
            doc.add(new StringField(HAS_DECISION, TRUE, Field.Store.NO));
            decisions.forEach(d -> doc.add(new StoredField(DECISION_TEXT, d.text())));
        }
        if (!actions.isEmpty()) {
            doc.add(new StringField(HAS_ACTION, TRUE, Field.Store.NO));
            actions.forEach(a -> doc.add(new StoredField(ACTION_TEXT, a.text())));
        }

        return new Passage(meeting.sourcePath(), doc, seriesLabel, headingPath, section.text());
    }

    /** Enclosing headings, outermost first, then this one; blank headings left out. */
    static String headingPath(MeetingSection section, Map<Integer, MeetingSection> byIndex) {
        List<String> headings = new ArrayList<>();
        MeetingSection current = section;
        Set<Integer> seen = new java.util.HashSet<>();
        while (current != null && seen.add(current.index())) {
            if (!current.heading().isBlank()) {
                headings.add(0, current.heading().strip());
            }
            current = current.parent() >= 0 ? byIndex.get(current.parent()) : null;
        }
        return String.join(HEADING_PATH_SEPARATOR, headings);
    }

    private static void people(Document doc, String field, Set<PersonRef> refs, IndexContext context,
            Map<String, IndexContext.Person> named) {
        for (PersonRef ref : refs) {
            IndexContext.Person person = context.person(ref);
            doc.add(new StoredField(field, person.iri()));
            doc.add(new SortedSetDocValuesField(field, new BytesRef(person.iri())));
            named.putIfAbsent(person.iri(), person);
        }
    }

    /** The IRI, the handle and the folded name: a filter may name a person any of these ways. */
    private static void personKeywords(Document doc, String field, IndexContext.Person person) {
        doc.add(new StringField(field, person.iri(), Field.Store.NO));
        if (person.handle() != null) {
            doc.add(new StringField(field, person.handle(), Field.Store.NO));
        }
        if (person.name() != null) {
            doc.add(new StringField(field, PersonRef.foldName(person.name()), Field.Store.NO));
        }
    }

    static EntityValue personInfo(IndexContext.Person person) {
        return new EntityValue(person.displayKey(), person.name() == null ? "" : person.name(), person.iri());
    }

    private static void keywordFacet(Document doc, String field, String value) {
        doc.add(new StringField(field, value, Field.Store.NO));
        doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    private static void facet(Document doc, String field, EntityValue value) {
        doc.add(new SortedSetDocValuesField(field, new BytesRef(value.encode())));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
