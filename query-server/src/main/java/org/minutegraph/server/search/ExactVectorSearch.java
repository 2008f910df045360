package org.minutegraph.server.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.PriorityQueue;

import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The passages nearest a query vector by exact cosine over every stored vector. Minutes stores are
 * small (tens of thousands of passages, a few ms per query), and the HNSW graph missed the true
 * neighbours badly on the real corpus (many near-identical vectors trap its greedy walk), so exact
 * scoring replaces the approximate kNN query. Scores are Lucene's cosine scores, {@code (1 + cos) / 2}.
 */
final class ExactVectorSearch {

    private ExactVectorSearch() {
    }

    /** The {@code k} best live documents with a vector in {@code field}, restricted to {@code allowed} when not null. */
    static ScoreDoc[] top(IndexSearcher searcher, String field, float[] query, int k, FixedBitSet allowed) throws IOException {
        PriorityQueue<ScoreDoc> best = new PriorityQueue<>(k + 1, (a, b) -> a.score != b.score ? Float.compare(a.score, b.score) : Integer.compare(b.doc, a.doc));
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            FloatVectorValues values = leaf.reader().getFloatVectorValues(field);
            if (values == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            KnnVectorValues.DocIndexIterator it = values.iterator();
            for (int doc = it.nextDoc(); doc != KnnVectorValues.DocIndexIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                int global = leaf.docBase + doc;
                if ((live != null && !live.get(doc)) || (allowed != null && !allowed.get(global))) {
                    continue;
                }
                float score = VectorSimilarityFunction.COSINE.compare(query, values.vectorValue(it.index()));
                if (best.size() < k) {
                    best.add(new ScoreDoc(global, score));
                } else if (score > best.peek().score) {
                    best.poll();
                    best.add(new ScoreDoc(global, score));
                }
            }
        }
        ScoreDoc[] out = best.toArray(ScoreDoc[]::new);
        Arrays.sort(out, (a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc));
        return out;
    }
}
