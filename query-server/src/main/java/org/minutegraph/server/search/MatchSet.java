package org.minutegraph.server.search;

import java.io.IOException;
import java.util.Collection;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.FixedBitSet;

/** Every live document a query matches, as a bit set over the searcher's doc ids. */
final class MatchSet {

    /** Every match and the {@code n} best by score, as {@code searcher.search(query, n)} ranks them. */
    record Ranked(FixedBitSet matches, ScoreDoc[] top) {
    }

    private MatchSet() {
    }

    static FixedBitSet collect(IndexSearcher searcher, Query query) throws IOException {
        int maxDoc = searcher.getIndexReader().maxDoc();
        return searcher.search(query, new CollectorManager<BitsCollector, FixedBitSet>() {
            @Override
            public BitsCollector newCollector() {
                return new BitsCollector(new FixedBitSet(Math.max(1, maxDoc)));
            }

            @Override
            public FixedBitSet reduce(Collection<BitsCollector> collectors) {
                FixedBitSet all = new FixedBitSet(Math.max(1, maxDoc));
                collectors.forEach(c -> all.or(c.bits));
                return all;
            }
        });
    }

    /** The match set and the top {@code n} in one pass over the postings (one rewrite, one weight) instead of two. */
    static Ranked collectRanked(IndexSearcher searcher, Query query, int n) throws IOException {
        int maxDoc = searcher.getIndexReader().maxDoc();
        // no total-hits threshold: every match is visited anyway, so scoring skips nothing and ties break by doc id as usual
        TopScoreDocCollectorManager topManager = new TopScoreDocCollectorManager(Math.max(1, n), Integer.MAX_VALUE);
        return searcher.search(query, new CollectorManager<RankedCollector, Ranked>() {
            @Override
            public RankedCollector newCollector() throws IOException {
                return new RankedCollector(new FixedBitSet(Math.max(1, maxDoc)), topManager.newCollector());
            }

            @Override
            public Ranked reduce(Collection<RankedCollector> collectors) throws IOException {
                FixedBitSet all = new FixedBitSet(Math.max(1, maxDoc));
                collectors.forEach(c -> all.or(c.bits));
                TopDocs top = topManager.reduce(collectors.stream().map(c -> c.top).toList());
                return new Ranked(all, n == 0 ? new ScoreDoc[0] : top.scoreDocs);
            }
        });
    }

    private static final class BitsCollector extends SimpleCollector {
        private final FixedBitSet bits;
        private int docBase;

        BitsCollector(FixedBitSet bits) {
            this.bits = bits;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
            docBase = context.docBase;
        }

        @Override
        public void collect(int doc) {
            bits.set(docBase + doc);
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /** Sets the bit of every match and hands it on to a top-n collector. */
    private static final class RankedCollector implements Collector {
        private final FixedBitSet bits;
        private final TopScoreDocCollector top;

        RankedCollector(FixedBitSet bits, TopScoreDocCollector top) {
            this.bits = bits;
            this.top = top;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            LeafCollector ranked = top.getLeafCollector(context);
            int docBase = context.docBase;
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    ranked.setScorer(scorer);
                }

                @Override
                public void collect(int doc) throws IOException {
                    bits.set(docBase + doc);
                    ranked.collect(doc);
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }
    }
}
