package org.minutegraph.server.search;

import java.io.IOException;
import java.util.Collection;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.FixedBitSet;

/** Every live document a query matches, as a bit set over the searcher's doc ids. */
final class MatchSet {

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
}
