package org.minutegraph.server.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.minutegraph.ingest.index.Embedder;

/**
 * The vocabulary's concepts as vectors of the query embedder, so a query that describes a tool or
 * a category without naming it ("login for clusters") still finds the concept (identity provider).
 * Each concept is embedded once, on first use, from its label and definition.
 */
final class ConceptEmbeddings {

    /** A concept and the cosine similarity of its description to the query. */
    record Match(Concept concept, float similarity) {
    }

    private final ConceptVocabulary vocabulary;
    private final Embedder embedder;
    private volatile List<Embedded> embedded;

    private record Embedded(Concept concept, float[] vector) {
    }

    ConceptEmbeddings(ConceptVocabulary vocabulary, Embedder embedder) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
    }

    /** The embedder these vectors belong to. */
    Embedder embedder() {
        return embedder;
    }

    /**
     * At most {@code max} concepts whose similarity to {@code query} (a unit vector of the same
     * embedder) is at least {@code minSimilarity}, most similar first.
     */
    List<Match> nearest(float[] query, float minSimilarity, int max) {
        List<Match> matches = new ArrayList<>();
        for (Embedded e : vectors()) {
            float similarity = cosine(query, e.vector());
            if (similarity >= minSimilarity) {
                matches.add(new Match(e.concept(), similarity));
            }
        }
        matches.sort(Comparator.comparingDouble(Match::similarity).reversed().thenComparing(m -> m.concept().iri()));
        return matches.size() > max ? List.copyOf(matches.subList(0, max)) : List.copyOf(matches);
    }

    /**
     * What a concept is embedded as: its preferred label and definition. Alternative spellings and a
     * category's tool names are left out: on the real vocabulary they pulled every concept towards
     * product names and away from what the concept does, which is what a paraphrase describes.
     */
    static String description(Concept concept) {
        return concept.definition().isEmpty() ? String.join(", ", concept.allLabels()) : concept.label() + ": " + concept.definition();
    }

    private List<Embedded> vectors() {
        List<Embedded> vectors = embedded;
        if (vectors == null) {
            synchronized (this) {
                vectors = embedded;
                if (vectors == null) {
                    // tools and categories only: the scheme itself describes the vocabulary, not a subject
                    List<Concept> concepts = vocabulary.concepts().stream().filter(c -> c.kind() != Concept.Kind.CONCEPT).toList();
                    List<float[]> embeddings = embedder.embedAll(concepts.stream().map(ConceptEmbeddings::description).toList());
                    List<Embedded> built = new ArrayList<>(concepts.size());
                    for (int i = 0; i < concepts.size(); i++) {
                        built.add(new Embedded(concepts.get(i), embeddings.get(i)));
                    }
                    vectors = List.copyOf(built);
                    embedded = vectors;
                }
            }
        }
        return vectors;
    }

    private static float cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : (float) (dot / Math.sqrt(na * nb));
    }
}
