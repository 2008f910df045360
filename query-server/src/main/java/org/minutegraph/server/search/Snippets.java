package org.minutegraph.server.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.minutegraph.ingest.index.MinutesAnalyzer;
import org.minutegraph.ingest.index.PassageSchema;

/**
 * Highlighted snippets of passage text from the offsets in the index: the text is HTML-escaped,
 * then matches are wrapped in {@code <mark>}. A passage without a match shows its beginning.
 *
 * <p>Two things keep this cheap. The caller hands in the texts it already read with the hit's
 * other stored fields (one decompression per hit, not two). And only the clauses that can match
 * in the text field are asked for matches: a hit is known to match the whole query, so clauses on
 * headings, tools or filters change nothing in the text's highlights but cost a term lookup per hit.
 */
final class Snippets {

    private static final int MAX_PASSAGES = 2;

    private Snippets() {
    }

    /**
     * One snippet per doc id (same order) of {@code texts} (the stored text of each doc); never null.
     * Docs for which {@code matching} is false do not match {@code query}: they show their beginning.
     */
    static String[] of(IndexSearcher searcher, Query query, int[] docIds, String[] texts, IntPredicate matching, int snippetChars)
            throws IOException {
        String[] out = new String[docIds.length];
        if (docIds.length == 0) {
            return out;
        }
        Map<Integer, String> textByDoc = new HashMap<>();
        List<Integer> hit = new ArrayList<>();
        List<Integer> other = new ArrayList<>();
        for (int i = 0; i < docIds.length; i++) {
            textByDoc.put(docIds[i], texts[i] == null ? "" : texts[i]);
            (matching.test(docIds[i]) ? hit : other).add(i);
        }
        UnifiedHighlighter highlighter = highlighter(searcher, textByDoc, snippetChars);
        int[] hitIds = hit.stream().mapToInt(i -> docIds[i]).toArray();
        Query textQuery = forText(query);
        highlight(highlighter, withoutAbsentTerms(textQuery, presentTerms(searcher, textQuery, hitIds)), docIds, hit, out);
        highlight(highlighter, new MatchNoDocsQuery(), docIds, other, out);
        return out;
    }

    private static void highlight(UnifiedHighlighter highlighter, Query query, int[] docIds, List<Integer> positions, String[] out)
            throws IOException {
        if (positions.isEmpty()) {
            return;
        }
        int[] ids = positions.stream().mapToInt(i -> docIds[i]).toArray();
        Map<String, String[]> highlights = highlighter.highlightFields(new String[] {PassageSchema.TEXT}, query, ids, new int[] {MAX_PASSAGES});
        String[] snippets = highlights.get(PassageSchema.TEXT);
        for (int i = 0; i < ids.length; i++) {
            String s = snippets == null ? null : snippets[i];
            out[positions.get(i)] = s == null ? "" : s.strip();
        }
    }

    private static UnifiedHighlighter highlighter(IndexSearcher searcher, Map<Integer, String> textByDoc, int snippetChars) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, MinutesAnalyzer.forQuery())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                // Minutes are bullets, not sentences: a line is the unit a snippet grows by.
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new CustomSeparatorBreakIterator('\n'), snippetChars, 0.5f))
                .withMaxNoHighlightPassages(1)
                .withScorer(new LeanPassageScorer());
        return new UnifiedHighlighter(builder) {
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
                    throws IOException {
                // the texts were read with the hits' other stored fields
                List<CharSequence[]> values = new ArrayList<>();
                for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                    values.add(new CharSequence[] {textByDoc.getOrDefault(doc, "")});
                }
                return values;
            }

            @Override
            protected FieldOffsetStrategy getOffsetStrategy(OffsetSource offsetSource, UHComponents components) {
                if (offsetSource == OffsetSource.POSTINGS && components.highlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)) {
                    return new OneWeightOffsetStrategy(components, searcher);
                }
                return super.getOffsetStrategy(offsetSource, components);
            }
        };
    }

    /**
     * Lucene's passage score (BM25 over the passage's distinct terms, in the order they first occur),
     * counting terms in a short list instead of a hash whose 32 KB block was allocated for every passage.
     */
    static final class LeanPassageScorer extends PassageScorer {

        @Override
        public float score(Passage passage, int contentLength) {
            int matches = passage.getNumMatches();
            BytesRef[] terms = passage.getMatchTerms();
            int[] docFreqs = passage.getMatchTermFreqsInDoc();
            BytesRef[] distinct = new BytesRef[matches];
            int[] inPassage = new int[matches];
            int[] inDoc = new int[matches];
            int size = 0;
            for (int i = 0; i < matches; i++) {
                int at = 0;
                while (at < size && !distinct[at].equals(terms[i])) {
                    at++;
                }
                if (at == size) {
                    distinct[size] = terms[i];
                    inDoc[size] = docFreqs[i];
                    size++;
                }
                inPassage[at]++;
            }
            double score = 0d;
            for (int i = 0; i < size; i++) {
                score += tf(inPassage[i], passage.getLength()) * weight(contentLength, inDoc[i]);
            }
            score *= norm(passage.getStartOffset());
            return (float) score;
        }
    }

    /**
     * Offsets from the postings through one weight for all docs of a call: Lucene's strategy rewrites
     * the query and builds a weight (looking every term up again) for each doc, which was most of the
     * highlighting time.
     */
    private static final class OneWeightOffsetStrategy extends PostingsOffsetStrategy {
        private final IndexSearcher searcher;
        private Weight weight;

        OneWeightOffsetStrategy(UHComponents components, IndexSearcher searcher) {
            super(components);
            // no query cache: caching a clause for the whole segment costs more than one doc's matches
            this.searcher = new IndexSearcher(searcher.getIndexReader());
            this.searcher.setQueryCache(null);
        }

        @Override
        protected void createOffsetsEnumsWeightMatcher(LeafReader leafReader, int docId, List<OffsetsEnum> results) throws IOException {
            LeafReaderContext context = contextOf(leafReader);
            if (context == null) {
                super.createOffsetsEnumsWeightMatcher(leafReader, docId, results);
                return;
            }
            if (weight == null) {
                weight = searcher.createWeight(searcher.rewrite(components.query()), ScoreMode.COMPLETE_NO_SCORES, 1.0f);
            }
            Matches matches = weight.matches(context, docId);
            if (matches == null) {
                return;
            }
            for (String field : matches) {
                if (components.fieldMatcher().test(field)) {
                    MatchesIterator iterator = matches.getMatches(field);
                    if (iterator != null) {
                        results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
                    }
                }
            }
        }

        private LeafReaderContext contextOf(LeafReader leafReader) {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                if (leaf.reader() == leafReader) {
                    return leaf;
                }
            }
            return null;
        }
    }

    /**
     * The part of {@code query} that gives a matching doc its matches in the text field: a doc
     * matching {@code query} has the same text matches under both (same clauses, same nesting).
     */
    static Query forText(Query query) {
        Query reduced = reduce(query, true);
        return reduced == null ? new MatchNoDocsQuery("no clause on " + PassageSchema.TEXT) : reduced;
    }

    /**
     * {@code query} without the clauses that cannot match in the text field, or null when none can;
     * {@code known}: the doc is known to match {@code query} (a required clause of a match), so which
     * of its required clauses match need not be checked again.
     */
    private static Query reduce(Query query, boolean known) {
        if (query instanceof BoostQuery boost) {
            Query inner = reduce(boost.getQuery(), known);
            return inner == null ? null : new BoostQuery(inner, boost.getBoost());
        }
        if (query instanceof ConstantScoreQuery constant) {
            return reduce(constant.getQuery(), known);
        }
        if (query instanceof BooleanQuery bool && (known || isDisjunction(bool))) {
            // a disjunction shows the matches of its clauses that match; a known match also those of its required ones
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            int kept = 0;
            for (BooleanClause clause : bool.clauses()) {
                Query part = clause.occur() == BooleanClause.Occur.MUST_NOT ? null : reduce(clause.query(), known && clause.isRequired());
                if (part != null) {
                    b.add(clause.isRequired() ? alwaysMatching(part) : part, clause.isRequired() ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
                    kept++;
                }
            }
            return kept == 0 ? null : b.build();
        }
        // whether it matches may depend on other fields: ask it whole
        return fields(query).contains(PassageSchema.TEXT) ? query : null;
    }

    private static Query alwaysMatching(Query part) {
        return new BooleanQuery.Builder().add(part, BooleanClause.Occur.SHOULD).add(new org.apache.lucene.search.MatchAllDocsQuery(), BooleanClause.Occur.SHOULD).build();
    }

    /** The text terms of {@code query} that occur in at least one of {@code docIds}: one postings walk per term, not one per doc. */
    private static Set<Term> presentTerms(IndexSearcher searcher, Query query, int[] docIds) throws IOException {
        Set<Term> terms = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... consumed) {
                for (Term t : consumed) {
                    if (t.field().equals(PassageSchema.TEXT)) {
                        terms.add(t);
                    }
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        int[] sorted = docIds.clone();
        java.util.Arrays.sort(sorted);
        Set<Term> present = new HashSet<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            int[] local = java.util.Arrays.stream(sorted)
                    .filter(d -> d >= leaf.docBase && d < leaf.docBase + leaf.reader().maxDoc())
                    .map(d -> d - leaf.docBase).toArray();
            Terms index = leaf.reader().terms(PassageSchema.TEXT);
            if (local.length == 0 || index == null) {
                continue;
            }
            TermsEnum termsEnum = index.iterator();
            PostingsEnum postings = null;
            for (Term term : terms) {
                if (present.contains(term) || !termsEnum.seekExact(term.bytes())) {
                    continue;
                }
                postings = termsEnum.postings(postings, PostingsEnum.NONE);
                int at = -1;
                for (int doc : local) {
                    if (at < doc) {
                        at = postings.advance(doc);
                    }
                    if (at == doc) {
                        present.add(term);
                        break;
                    }
                    if (at == DocIdSetIterator.NO_MORE_DOCS) {
                        break;
                    }
                }
            }
        }
        return present;
    }

    /**
     * {@code query} without the term and phrase clauses of its disjunctions that need a term in
     * no highlighted doc: they match none of them, so every doc keeps its matches, and each costs a
     * postings enum per doc otherwise.
     */
    private static Query withoutAbsentTerms(Query query, Set<Term> present) {
        if (query instanceof BoostQuery boost) {
            return new BoostQuery(withoutAbsentTerms(boost.getQuery(), present), boost.getBoost());
        }
        if (!(query instanceof BooleanQuery bool)) {
            return query;
        }
        boolean disjunction = isDisjunction(bool);
        BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        for (BooleanClause clause : bool.clauses()) {
            if (disjunction && needsAbsentTerm(clause.query(), present)) {
                continue;
            }
            b.add(withoutAbsentTerms(clause.query(), present), clause.occur());
        }
        return b.build();
    }

    private static boolean needsAbsentTerm(Query query, Set<Term> present) {
        Query inner = query;
        while (inner instanceof BoostQuery boost) {
            inner = boost.getQuery();
        }
        if (inner instanceof TermQuery term) {
            return term.getTerm().field().equals(PassageSchema.TEXT) && !present.contains(term.getTerm());
        }
        if (inner instanceof PhraseQuery phrase) {
            return phrase.getField().equals(PassageSchema.TEXT) && !present.containsAll(List.of(phrase.getTerms()));
        }
        return false;
    }

    private static boolean isDisjunction(BooleanQuery bool) {
        return bool.getMinimumNumberShouldMatch() == 0 && bool.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD);
    }

    private static Set<String> fields(Query query) {
        Set<String> fields = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return false;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return fields;
    }

    /** HTML-escapes text that is shown without highlighting. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
