package org.minutegraph.ingest.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.minutegraph.ontology.MG;

/**
 * What a store holds, as two digests that do not depend on how or in how many runs it was written:
 * every quad of the graph but the generation, and every stored field of every live passage. Two
 * stores ingested from the same minutes with the same settings have the same digests; the crash
 * test compares an interrupted-then-repaired store with a clean one this way.
 *
 * @param graph digest of the quads (hash and count)
 * @param index digest of the passages (hash and count)
 */
public record StoreDigest(String graph, String index) {

    public StoreDigest {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(index, "index");
    }

    /** Reads every quad and every passage of an open store. */
    public static StoreDigest of(StoreReader store) {
        Node generation = MG.generation.asNode();
        var dataset = store.graph().dataset();
        String graph = Txn.calculateRead(dataset, () -> GraphDigest.ofQuads(
                dataset.asDatasetGraph().find(), q -> !q.getPredicate().equals(generation)));
        return new StoreDigest(graph, store.index().withSearcher(s -> indexDigest(s.getIndexReader())));
    }

    private static String indexDigest(IndexReader reader) throws IOException {
        GraphDigest.Sum sum = new GraphDigest.Sum();
        for (LeafReaderContext leaf : reader.leaves()) {
            StoredFields fields = leaf.reader().storedFields();
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                sum.add(text(fields.document(doc)).getBytes(StandardCharsets.UTF_8));
            }
        }
        return sum.toString();
    }

    /** A passage's stored fields in a canonical order, each value with its length. */
    private static String text(Document doc) {
        List<String> parts = new ArrayList<>();
        for (IndexableField f : doc.getFields()) {
            String value = f.stringValue() != null ? f.stringValue()
                    : f.binaryValue() != null ? f.binaryValue().toString()
                    : String.valueOf(f.numericValue());
            parts.add(f.name() + "=" + value.length() + ":" + value);
        }
        parts.sort(null);
        return String.join("\u0000", parts);
    }
}
