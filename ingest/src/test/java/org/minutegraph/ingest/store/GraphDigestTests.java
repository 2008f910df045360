package org.minutegraph.ingest.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;

class GraphDigestTests {

    private static final Node S = NodeFactory.createURI("https://example.org/s");
    private static final Node P = NodeFactory.createURI("https://example.org/p");

    private static String digest(Node... objects) {
        List<Triple> triples = new ArrayList<>();
        for (Node o : objects) {
            triples.add(Triple.create(S, P, o));
        }
        return GraphDigest.of(triples, t -> true);
    }

    @Test
    void orderDoesNotMatterButEveryPartOfEveryTermDoes() {
        Node a = NodeFactory.createLiteralString("Aa");
        Node b = NodeFactory.createLiteralString("BB"); // same String.hashCode as "Aa"
        assertThat(digest(a, b)).isEqualTo(digest(b, a));
        assertThat(digest(a)).isNotEqualTo(digest(b));
        assertThat(digest(NodeFactory.createLiteralLang("x", "en"))).isNotEqualTo(digest(NodeFactory.createLiteralLang("x", "de")));
        assertThat(digest(NodeFactory.createLiteralDT("1", XSDDatatype.XSDint)))
                .isNotEqualTo(digest(NodeFactory.createLiteralDT("1", XSDDatatype.XSDlong)))
                .isNotEqualTo(digest(NodeFactory.createLiteralString("1")));
        assertThat(digest(NodeFactory.createURI("x"))).isNotEqualTo(digest(NodeFactory.createLiteralString("x")));
        assertThat(digest(a, b)).isNotEqualTo(digest(a)).endsWith("-2");
    }

    @Test
    void excludedTriplesDoNotCount() {
        List<Triple> triples = List.of(Triple.create(S, P, NodeFactory.createLiteralString("kept")),
                Triple.create(S, S, NodeFactory.createLiteralString("left out")));
        assertThat(GraphDigest.of(triples, t -> !t.getPredicate().equals(S)))
                .isEqualTo(GraphDigest.of(triples.subList(0, 1), t -> true));
    }
}
