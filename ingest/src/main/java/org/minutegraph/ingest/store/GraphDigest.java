package org.minutegraph.ingest.store;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Iterator;
import java.util.function.Predicate;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.util.StringHelper;

/**
 * A digest of a set of triples, whatever their order: the sum of a 128-bit MurmurHash3 of each
 * triple, and their count. Cheap enough to compute for a whole graph on every update (no sorting,
 * no N-Triples escaping), and an accidental collision is as unlikely as a 128-bit hash makes it.
 */
final class GraphDigest {

    private GraphDigest() {
    }

    /** The digest of the triples that {@code include} accepts, as 33 hex digits and a count. */
    static String of(Collection<Triple> triples, Predicate<Triple> include) {
        Sum sum = new Sum();
        for (Triple t : triples) {
            if (include.test(t)) {
                sum.add(t.getSubject(), t.getPredicate(), t.getObject());
            }
        }
        return sum.toString();
    }

    /** The digest of the quads that {@code include} accepts, graph names included. */
    static String ofQuads(Iterator<Quad> quads, Predicate<Quad> include) {
        Sum sum = new Sum();
        quads.forEachRemaining(q -> {
            if (include.test(q)) {
                sum.add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
            }
        });
        return sum.toString();
    }

    /** An order-independent sum of 128-bit hashes of tuples of nodes, or of any byte strings. */
    static final class Sum {
        private final StringBuilder text = new StringBuilder(256);
        private long high;
        private long low;
        private long count;

        void add(Node... nodes) {
            text.setLength(0);
            for (Node node : nodes) {
                append(text, node);
            }
            add(text.toString().getBytes(StandardCharsets.UTF_8));
        }

        void add(byte[] bytes) {
            long[] hash = StringHelper.murmurhash3_x64_128(bytes, 0, bytes.length, 0);
            high += hash[0];
            low += hash[1];
            count++;
        }

        @Override
        public String toString() {
            return String.format("%016x%016x-%d", high, low, count);
        }
    }

    /** A node as text that tells every kind and part apart: a tag, then each part with its length. */
    private static void append(StringBuilder text, Node node) {
        if (node.isURI()) {
            part(text.append('U'), node.getURI());
        } else if (node.isBlank()) {
            part(text.append('B'), node.getBlankNodeLabel());
        } else if (node.isLiteral()) {
            part(text.append('L'), node.getLiteralLexicalForm());
            part(text, node.getLiteralLanguage());
            part(text, node.getLiteralDatatypeURI());
        } else {
            part(text.append('O'), node.toString());
        }
    }

    private static void part(StringBuilder text, String value) {
        String v = value == null ? "" : value;
        text.append(v.length()).append(':').append(v);
    }
}
