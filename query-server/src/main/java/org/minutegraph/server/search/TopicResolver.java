package org.minutegraph.server.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.minutegraph.ingest.index.PassageSchema;
import org.minutegraph.server.catalog.EditDistance;
import org.minutegraph.server.catalog.EntityNames;
import org.minutegraph.server.catalog.EntityKind;

/**
 * Resolves what a user calls a topic to an entity of the graph: a tool by label or alias, a topic,
 * a tool category, else the closest label within the edit distance every resolver allows ({@link EntityNames#allowedEdits}: "habour" → Harbor).
 */
final class TopicResolver {

    /** The entity, and the query of the passages about it (graph links or-ed with its labels in text). */
    record Resolved(String iri, String label, Query passages) {
    }

    private final ConceptVocabulary vocabulary;
    private final PassageQueries queries;

    TopicResolver(ConceptVocabulary vocabulary, PassageQueries queries) {
        this.vocabulary = vocabulary;
        this.queries = queries;
    }

    Optional<Resolved> resolve(String text, EntityDirectory directory) {
        Optional<Resolved> exact = exact(text, directory);
        if (exact.isPresent()) {
            return exact;
        }
        return closestLabel(text, directory).flatMap(label -> exact(label, directory));
    }

    private Optional<Resolved> exact(String text, EntityDirectory directory) {
        List<Concept> concepts = vocabulary.byLabel(text);
        Optional<Concept> tool = concepts.stream().filter(c -> c.kind() == Concept.Kind.TOOL).findFirst();
        if (tool.isPresent()) {
            return Optional.of(forConcept(tool.get()));
        }
        List<EntityDirectory.Entity> indexTools = directory.named(EntityKind.TOOL, text);
        if (!indexTools.isEmpty()) {
            EntityDirectory.Entity e = indexTools.get(0);
            return Optional.of(new Resolved(e.iri(), e.label(), or(new TermQuery(new Term(PassageSchema.TOOL, e.iri())), labelsQuery(e.label()))));
        }
        List<EntityDirectory.Entity> topics = directory.named(EntityKind.TOPIC, text);
        if (!topics.isEmpty()) {
            EntityDirectory.Entity e = topics.stream().max(Comparator.comparingInt(EntityDirectory.Entity::count)).orElseThrow();
            return Optional.of(new Resolved(e.iri(), e.label(), or(new TermQuery(new Term(PassageSchema.TOPIC, e.key())), labelsQuery(e.label()))));
        }
        return concepts.stream().findFirst().map(this::forConcept);
    }

    private Resolved forConcept(Concept concept) {
        List<Query> parts = new ArrayList<>();
        parts.add(new TermQuery(new Term(PassageSchema.TOOL, concept.iri())));
        concept.narrower().forEach(iri -> parts.add(new TermQuery(new Term(PassageSchema.TOOL, iri))));
        parts.add(labelsQuery(concept.label()));
        return new Resolved(concept.iri(), concept.label(), or(parts.toArray(Query[]::new)));
    }

    /** The label as text, aliases expanded like in search. */
    private Query labelsQuery(String label) {
        String quoted = '"' + label.replace("\"", "") + '"';
        return queries.text(quoted).map(PassageQueries.TextQuery::query)
                .orElseGet(() -> new org.apache.lucene.search.MatchNoDocsQuery("no words in " + label));
    }

    /** The label or alias nearest to {@code text}, within {@link EntityNames#allowedEdits}. */
    private Optional<String> closestLabel(String text, EntityDirectory directory) {
        String wanted = EntityNames.normalise(text);
        int max = EntityNames.allowedEdits(wanted);
        if (max == 0) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = max + 1;
        int bestCount = -1;
        for (String label : vocabulary.labels().keySet()) {
            int d = EditDistance.bounded(wanted, label, max);
            if (d < bestDistance || (d == bestDistance && d <= max && 0 > bestCount)) {
                best = label;
                bestDistance = d;
                bestCount = 0;
            }
        }
        for (EntityDirectory.Entity e : directory.entities()) {
            if (e.kind() == EntityKind.TOOL || e.kind() == EntityKind.TOPIC) {
                for (String normal : e.normalNames()) {
                    int d = EditDistance.bounded(wanted, normal, max);
                    if (d < bestDistance || (d == bestDistance && d <= max && e.count() > bestCount)) {
                        best = normal;
                        bestDistance = d;
                        bestCount = e.count();
                    }
                }
            }
        }
        return Optional.ofNullable(bestDistance <= max ? best : null);
    }

    private static Query or(Query... parts) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Query q : parts) {
            b.add(q, BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }
}
