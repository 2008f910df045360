package org.minutegraph.server.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.minutegraph.ingest.index.Embedder;
import org.minutegraph.ingest.index.EmbedderClosedException;
import org.minutegraph.ingest.index.PassageIndex;
import org.minutegraph.server.catalog.EntityCatalogs;
import org.minutegraph.ingest.index.PassageSchema;

import static org.minutegraph.ingest.index.PassageSchema.*;

/**
 * Full-text and semantic search over passages. BM25 over text and headings (aliases expanded,
 * passages mentioning a named tool boosted) fused with kNN over MiniLM vectors by reciprocal rank
 * fusion when the index has vectors and an embedder is given; BM25 alone otherwise. Facets count
 * every match, not just the page.
 */
public final class SearchService {

    /** The stored fields a hit shows (the text for its snippet). */
    private static final Set<String> HIT_FIELDS = Set.of(MEETING, DATE, SERIES, SOURCE_PATH, HEADING, TEXT, START_LINE, END_LINE, TITLE,
            SERIES_LABEL, ID);

    /** Answers to recent requests on the current index snapshot (responses are immutable records). */
    private final ResultCache<CacheKey, SearchResponse> cache;
    private final PassageIndex index;
    private final PassageQueries queries;
    private final EntityCatalogs catalogs;
    /** The query embedder of the moment: none until a server's model has loaded, so one service serves both modes. */
    private final Supplier<Embedder> queryEmbedder;
    private final ConceptVocabulary vocabulary;
    /** The concept vectors of the last embedder asked, made on first use (embedding the vocabulary takes a while). */
    private final AtomicReference<ConceptEmbeddings> conceptEmbeddings = new AtomicReference<>();
    private final SearchConfig config;
    /** Facet counts, with tables of the current snapshot's facet values. */
    private final FacetCounter facetCounter = new FacetCounter();

    SearchService(PassageIndex index, PassageQueries queries, EntityCatalogs catalogs, Supplier<Embedder> queryEmbedder,
            ConceptVocabulary vocabulary, SearchConfig config) {
        this.index = Objects.requireNonNull(index, "index");
        this.queries = queries;
        this.catalogs = catalogs;
        this.queryEmbedder = Objects.requireNonNull(queryEmbedder, "queryEmbedder");
        this.vocabulary = vocabulary;
        this.config = Objects.requireNonNull(config, "config");
        this.cache = new ResultCache<>(config.cacheSize());
    }

    /**
     * The concepts the query describes without naming them: those nearest, in the embedding space,
     * to the words outside the concepts it names. Empty in lexical mode or when every word names a concept.
     */
    List<Concept> relatedConcepts(String q) {
        Embedder embedder = embedder();
        return relatedConcepts(q, embedder, embedder::embedQuery);
    }

    /** @param vectors the query vector of a text, from {@code embedder} (a request embeds each text once) */
    private List<Concept> relatedConcepts(String q, Embedder embedder, java.util.function.Function<String, float[]> vectors) {
        if (embedder.isNone() || config.maxConcepts() == 0) {
            return List.of();
        }
        String residual = queries.residualText(q);
        if (residual.isBlank()) {
            return List.of();
        }
        // a concept whose label shares a word with the query is already found by that word: only bridge to the others
        Set<String> written = PassageQueries.terms(residual);
        return conceptsOf(embedder).nearest(vectors.apply(residual), config.conceptSimilarity(), Integer.MAX_VALUE).stream()
                .map(ConceptEmbeddings.Match::concept)
                .filter(c -> !PassageQueries.sharesWord(c, written))
                .limit(config.maxConcepts()).toList();
    }

    /** Answers {@code request}; bad syntax falls back to plain words, never to an exception. */
    public SearchResponse search(SearchRequest request) {
        return search(request, true);
    }

    /**
     * Like {@link #search(SearchRequest)}; without {@code details} there are no facets and each
     * snippet is just the escaped heading, which saves most of the work (highlighting) for callers
     * that only need the ranked passages, such as SPARQL's {@code mg:search}.
     */
    public SearchResponse search(SearchRequest request, boolean details) {
        return search(request, details, config.maxLimit(), false);
    }

    /**
     * Like {@link #search(SearchRequest, boolean)}, with the caller's ceiling on hits ({@code /api/search}
     * and {@code mg:search} allow different ones) and, with {@code lexicalOnly}, BM25 even when a model is loaded.
     */
    public SearchResponse search(SearchRequest request, boolean details, int maxLimit, boolean lexicalOnly) {
        Objects.requireNonNull(request, "request");
        Embedder queryEmbedder = lexicalOnly ? Embedder.none() : embedder();
        int limit = request.limit() == 0 ? Math.min(config.defaultLimit(), maxLimit) : Math.min(request.limit(), maxLimit);
        if (request.offset() > config.maxOffset()) {
            throw new InvalidQueryException("offset may be at most " + config.maxOffset() + ": narrow the search instead");
        }
        boolean browse = request.q().isBlank();
        // A query of syntax alone ("*:*", "()") has no words to embed: it is answered lexically.
        boolean semantic = !browse && index.hasEmbeddings() && !queryEmbedder.isNone()
                && !queries.embeddingText(request.q()).isBlank();
        String mode = browse ? SearchResponse.BROWSE : semantic ? SearchResponse.HYBRID : SearchResponse.LEXICAL;
        try {
            return index.withSearcher(searcher -> cache.get(searcher, new CacheKey(request, limit, details, semantic),
                    () -> uncheckedRun(searcher, request, limit, browse, semantic, mode, details, queryEmbedder)));
        } catch (EmbedderClosedException stopping) {
            // The model closed under this request (the server is stopping): answer lexically, uncached.
            return index.withSearcher(searcher -> uncheckedRun(searcher, request, limit, false, false, SearchResponse.LEXICAL, details,
                    Embedder.none()));
        }
    }

    /** What a cached answer depends on besides the index snapshot. */
    private record CacheKey(SearchRequest request, int limit, boolean details, boolean semantic) {
    }

    private Embedder embedder() {
        Embedder current = queryEmbedder.get();
        return current == null ? Embedder.none() : current;
    }

    private ConceptEmbeddings conceptsOf(Embedder embedder) {
        return conceptEmbeddings.updateAndGet(known -> known != null && known.embedder() == embedder ? known
                : new ConceptEmbeddings(vocabulary, embedder));
    }

    private SearchResponse uncheckedRun(IndexSearcher searcher, SearchRequest request, int limit, boolean browse, boolean semantic,
            String mode, boolean details, Embedder queryEmbedder) {
        try {
            return run(searcher, request, limit, browse, semantic, mode, details, queryEmbedder);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private SearchResponse run(IndexSearcher searcher, SearchRequest request, int limit, boolean browse, boolean semantic,
            String mode, boolean details, Embedder queryEmbedder) throws IOException {
        List<Query> filters = queries.filters(request, catalogs.current());
        // One inference per distinct text: a query that names no concept embeds the same words for both uses.
        Map<String, float[]> embedded = new java.util.HashMap<>(4);
        java.util.function.Function<String, float[]> vectors = text -> embedded.computeIfAbsent(text, queryEmbedder::embedQuery);
        List<Concept> related = semantic ? relatedConcepts(request.q(), queryEmbedder, vectors) : List.of();
        Optional<PassageQueries.TextQuery> text = browse ? Optional.empty() : queries.text(request.q(), related);
        if (!browse && text.isEmpty() && !semantic) {
            return SearchResponse.empty(mode);
        }
        Query lexical = text.map(PassageQueries.TextQuery::query).orElse(browse ? new MatchAllDocsQuery() : null);
        Query filter = filters.isEmpty() ? null : all(filters, new MatchAllDocsQuery());
        int depth = Math.max(config.rankDepth(), request.offset() + limit);

        Map<Integer, Double> scores = new LinkedHashMap<>();
        FixedBitSet matches;
        ScoreDoc[] lexicalHits = new ScoreDoc[0];
        if (lexical != null) {
            Query filtered = all(filters, lexical);
            if (browse) {
                matches = MatchSet.collect(searcher, filtered);
            } else {
                MatchSet.Ranked ranked = MatchSet.collectRanked(searcher, filtered, depth);
                matches = ranked.matches();
                lexicalHits = ranked.top();
            }
        } else {
            matches = new FixedBitSet(Math.max(1, searcher.getIndexReader().maxDoc()));
        }
        // the docs the text query matches: only they have highlights (kNN adds others)
        FixedBitSet lexicalMatches = lexical != null && semantic ? matches.clone() : matches;
        ScoreDoc[] semanticHits = new ScoreDoc[0];
        if (semantic) {
            float[] vector = vectors.apply(queries.embeddingText(request.q(), related));
            float minScore = (1 + config.minSimilarity()) / 2; // Lucene's cosine score is (1 + cos) / 2
            ScoreDoc[] knn = ExactVectorSearch.top(searcher, VECTOR, vector, depth, filter == null ? null : MatchSet.collect(searcher, filter));
            semanticHits = java.util.Arrays.stream(knn).filter(d -> d.score >= minScore).toArray(ScoreDoc[]::new);
            for (ScoreDoc d : semanticHits) {
                matches.set(d.doc);
            }
        }

        List<Integer> ranked;
        if (request.sort() == SortOrder.DATE || browse) {
            ranked = newestFirst(searcher, matches, request.offset() + limit);
            for (ScoreDoc d : lexicalHits) {
                scores.put(d.doc, (double) d.score);
            }
        } else if (semantic) {
            fuse(scores, lexicalHits, 1);
            fuse(scores, semanticHits, config.vectorWeight());
            StoredFields stored = searcher.storedFields();
            Map<Integer, String> meetings = meetingsOf(searcher, stored, scores.keySet());
            ranked = MeetingFusion.rank(scores, meetings::get, config.meetingSupport(), config.repeatPenalty());
        } else {
            ranked = new ArrayList<>();
            for (ScoreDoc d : lexicalHits) {
                scores.put(d.doc, (double) d.score);
                ranked.add(d.doc);
            }
        }
        List<Integer> page = ranked.subList(Math.min(request.offset(), ranked.size()), Math.min(request.offset() + limit, ranked.size()));
        Query highlightQuery = lexical != null ? lexical : new MatchAllDocsQuery();
        List<SearchHit> hits = hits(searcher, page, scores, details ? highlightQuery : null, lexical != null ? lexicalMatches : null);
        return new SearchResponse(matches.cardinality(), hits, details ? facetCounter.facets(searcher, matches, config.facetSize())
                : SearchResponse.Facets.empty(), mode);
    }

    private void fuse(Map<Integer, Double> scores, ScoreDoc[] ranking, double weight) {
        for (int rank = 0; rank < ranking.length; rank++) {
            scores.merge(ranking[rank].doc, weight / (config.rrfK() + rank + 1), Double::sum);
        }
    }

    /** The meeting of each doc, from doc values read in doc order (stored fields only for an index written without them). */
    private static Map<Integer, String> meetingsOf(IndexSearcher searcher, StoredFields stored, java.util.Collection<Integer> docs)
            throws IOException {
        List<org.apache.lucene.index.LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Map<Integer, String> out = new java.util.HashMap<>();
        org.apache.lucene.index.SortedDocValues values = null;
        int leaf = -1;
        for (int doc : docs.stream().sorted().toList()) {
            int at = org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves);
            if (at != leaf) {
                leaf = at;
                values = org.apache.lucene.index.DocValues.getSorted(leaves.get(at).reader(), MEETING);
            }
            out.put(doc, values.advanceExact(doc - leaves.get(at).docBase)
                    ? values.lookupOrd(values.ordValue()).utf8ToString()
                    : stored.document(doc, Set.of(MEETING)).get(MEETING));
        }
        return out;
    }

    /** The first {@code n} matches by date, newest first (doc id breaks ties). */
    private static List<Integer> newestFirst(IndexSearcher searcher, FixedBitSet matches, int n) throws IOException {
        List<long[]> dated = new ArrayList<>();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        BitSetIterator it = new BitSetIterator(matches, 0);
        NumericDocValues days = null;
        int leafIndex = -1;
        for (int doc = it.nextDoc(); doc != BitSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
            int li = ReaderUtil.subIndex(doc, leaves);
            if (li != leafIndex) {
                leafIndex = li;
                days = DocValues.getNumeric(leaves.get(li).reader(), DATE_DAY);
            }
            int local = doc - leaves.get(li).docBase;
            long day = days.advanceExact(local) ? days.longValue() : Long.MIN_VALUE;
            dated.add(new long[] {day, doc});
        }
        return dated.stream()
                .sorted(Comparator.<long[]>comparingLong(d -> -d[0]).thenComparingLong(d -> d[1]))
                .limit(n)
                .map(d -> (int) d[1])
                .toList();
    }

    private List<SearchHit> hits(IndexSearcher searcher, List<Integer> page, Map<Integer, Double> scores, Query highlightQuery,
            FixedBitSet highlightable) throws IOException {
        int[] ids = page.stream().mapToInt(Integer::intValue).toArray();
        StoredFields stored = searcher.storedFields();
        Document[] docs = new Document[ids.length];
        for (int i = 0; i < ids.length; i++) {
            docs[i] = stored.document(ids[i], HIT_FIELDS);
        }
        String[] snippets = highlightQuery == null ? new String[ids.length]
                : Snippets.of(searcher, highlightQuery, ids, java.util.Arrays.stream(docs).map(d -> d.get(TEXT)).toArray(String[]::new),
                        doc -> highlightable == null || highlightable.get(doc), config.snippetChars());
        List<SearchHit> hits = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            Document doc = docs[i];
            String snippet = snippets[i] == null || snippets[i].isEmpty() ? Snippets.escape(doc.get(HEADING)) : snippets[i];
            hits.add(new SearchHit(doc.get(MEETING), doc.get(DATE), doc.get(SERIES), doc.get(SOURCE_PATH), doc.get(HEADING),
                    snippet, round(scores.getOrDefault(ids[i], 0.0)), intField(doc, START_LINE), intField(doc, END_LINE),
                    doc.get(TITLE), doc.get(SERIES_LABEL), doc.get(ID)));
        }
        return hits;
    }

    private static Query all(List<Query> filters, Query main) {
        if (filters.isEmpty()) {
            return main;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(main, BooleanClause.Occur.MUST);
        filters.forEach(f -> b.add(f, BooleanClause.Occur.FILTER));
        return b.build();
    }

    private static int intField(Document doc, String field) {
        var f = doc.getField(field);
        return f == null || f.numericValue() == null ? 0 : f.numericValue().intValue();
    }

    private static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }

}
