package org.minutegraph.server.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.minutegraph.ingest.index.EntityValue;

import static org.minutegraph.ingest.index.PassageSchema.*;

/**
 * What who reads of every passage about a topic — meeting, date, series and the people in each
 * role — from doc values, with each segment's values decoded once per index snapshot; so a topic
 * with hundreds of passages costs counter updates, not a stored-field decompression per passage.
 * Indexes written before these doc values existed are read from stored fields instead.
 */
final class WhoColumns {

    /** One passage as who sees it. */
    record Facts(String meeting, String date, String series, String seriesLabel, List<String> mentioned, List<String> sponsor,
            List<String> owner, List<String> participant) {
    }

    private static final Set<String> FIELDS = Set.of(MEETING, DATE, SERIES, SERIES_LABEL, MENTIONED, SPONSOR, OWNER, PARTICIPANT);
    private static final String[] ROLES = {MENTIONED, SPONSOR, OWNER, PARTICIPANT};

    private final IndexReader reader;
    /** Per segment: null when it has no who doc values, else its decoded values. */
    private final List<Segment> segments;

    private WhoColumns(IndexReader reader, List<Segment> segments) {
        this.reader = reader;
        this.segments = segments;
    }

    static WhoColumns build(IndexReader reader) throws IOException {
        List<Segment> segments = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            segments.add(Segment.decode(leaf.reader()));
        }
        return new WhoColumns(reader, segments);
    }

    boolean isFor(IndexReader candidate) {
        return reader == candidate;
    }

    /** Reads facts of docs in increasing doc id order, for one query on one thread. */
    Cursor cursor(IndexSearcher searcher) {
        return new Cursor(searcher);
    }

    final class Cursor {
        private final IndexSearcher searcher;
        private final List<LeafReaderContext> leaves;
        private StoredFields stored;
        private int leafIndex = -1;
        private Segment segment;
        private SortedDocValues meetings;
        private NumericDocValues days;
        private SortedSetDocValues series;
        private final SortedSetDocValues[] roles = new SortedSetDocValues[ROLES.length];

        private Cursor(IndexSearcher searcher) {
            this.searcher = searcher;
            this.leaves = searcher.getIndexReader().leaves();
        }

        /** The facts of {@code doc}; doc ids must not decrease between calls. */
        Facts facts(int doc) throws IOException {
            int li = ReaderUtil.subIndex(doc, leaves);
            if (li != leafIndex) {
                open(li);
            }
            int local = doc - leaves.get(li).docBase;
            if (segment == null) {
                return fromStored(doc);
            }
            String meeting = meetings.advanceExact(local) ? segment.meetings[meetings.ordValue()] : null;
            String date = days.advanceExact(local) ? LocalDate.ofEpochDay(days.longValue()).toString() : null;
            String seriesKey = null;
            String seriesLabel = null;
            if (series.advanceExact(local)) {
                int ord = (int) series.nextOrd();
                seriesKey = segment.seriesKeys[ord];
                seriesLabel = segment.seriesLabels[ord];
            }
            List<List<String>> people = new ArrayList<>(ROLES.length);
            for (int r = 0; r < ROLES.length; r++) {
                people.add(values(roles[r], local, segment.people[r]));
            }
            return new Facts(meeting, date, seriesKey, seriesLabel, people.get(0), people.get(1), people.get(2), people.get(3));
        }

        private void open(int li) throws IOException {
            leafIndex = li;
            segment = segments.get(li);
            if (segment != null) {
                LeafReader leaf = leaves.get(li).reader();
                meetings = DocValues.getSorted(leaf, MEETING);
                days = DocValues.getNumeric(leaf, DATE_DAY);
                series = DocValues.getSortedSet(leaf, SERIES_FACET);
                for (int r = 0; r < ROLES.length; r++) {
                    roles[r] = DocValues.getSortedSet(leaf, ROLES[r]);
                }
            }
        }

        private Facts fromStored(int doc) throws IOException {
            if (stored == null) {
                stored = searcher.storedFields();
            }
            Document d = stored.document(doc, FIELDS);
            return new Facts(d.get(MEETING), d.get(DATE), d.get(SERIES), d.get(SERIES_LABEL), List.of(d.getValues(MENTIONED)),
                    List.of(d.getValues(SPONSOR)), List.of(d.getValues(OWNER)), List.of(d.getValues(PARTICIPANT)));
        }
    }

    private static List<String> values(SortedSetDocValues values, int doc, String[] byOrd) throws IOException {
        if (!values.advanceExact(doc)) {
            return List.of();
        }
        String[] out = new String[values.docValueCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = byOrd[(int) values.nextOrd()];
        }
        return List.of(out);
    }

    /** One segment's values by ordinal. */
    private record Segment(String[] meetings, String[] seriesKeys, String[] seriesLabels, String[][] people) {

        /** Null when the segment was written without the who doc values. */
        static Segment decode(LeafReader leaf) throws IOException {
            FieldInfo meetingInfo = leaf.getFieldInfos().fieldInfo(MEETING);
            if (meetingInfo == null || meetingInfo.getDocValuesType() != DocValuesType.SORTED) {
                return null;
            }
            SortedDocValues meetingValues = DocValues.getSorted(leaf, MEETING);
            String[] meetings = new String[meetingValues.getValueCount()];
            for (int ord = 0; ord < meetings.length; ord++) {
                meetings[ord] = meetingValues.lookupOrd(ord).utf8ToString();
            }
            SortedSetDocValues seriesValues = DocValues.getSortedSet(leaf, SERIES_FACET);
            String[] keys = new String[Math.toIntExact(seriesValues.getValueCount())];
            String[] labels = new String[keys.length];
            for (int ord = 0; ord < keys.length; ord++) {
                EntityValue v = EntityValue.decode(seriesValues.lookupOrd(ord).utf8ToString());
                keys[ord] = v.key();
                labels[ord] = v.label();
            }
            String[][] people = new String[ROLES.length][];
            for (int r = 0; r < ROLES.length; r++) {
                SortedSetDocValues values = DocValues.getSortedSet(leaf, ROLES[r]);
                people[r] = new String[Math.toIntExact(values.getValueCount())];
                for (int ord = 0; ord < people[r].length; ord++) {
                    people[r][ord] = values.lookupOrd(ord).utf8ToString();
                }
            }
            return new Segment(meetings, keys, labels, people);
        }
    }
}
