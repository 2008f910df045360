package org.minutegraph.server.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.minutegraph.ingest.index.PassageSchema;
import org.minutegraph.server.catalog.Entity;
import org.minutegraph.server.catalog.EntityCatalog;
import org.minutegraph.server.catalog.NameSource;

/**
 * The passages about an entity of the catalog: those the graph links to it (a tool's mentions, a
 * category's tools, a topic's sections, a series' meetings, a person's mentions), or-ed for tools,
 * categories and topics with its label written in the text (aliases expanded as in search).
 */
final class EntityPassages {

    private final ConceptVocabulary vocabulary;
    private final PassageQueries queries;

    EntityPassages(ConceptVocabulary vocabulary, PassageQueries queries) {
        this.vocabulary = vocabulary;
        this.queries = queries;
    }

    Query about(Entity entity, EntityCatalog catalog) {
        List<Query> parts = new ArrayList<>();
        switch (entity.kind()) {
            case TOOL, CATEGORY -> {
                parts.add(term(PassageSchema.TOOL, entity.iri()));
                vocabulary.byIri(entity.iri()).ifPresent(c -> c.narrower().forEach(iri -> parts.add(term(PassageSchema.TOOL, iri))));
                parts.add(labelQuery(entity.label()));
            }
            case TOPIC -> {
                catalog.names(entity.iri(), NameSource.SLUG).forEach(key -> parts.add(term(PassageSchema.TOPIC, key)));
                parts.add(labelQuery(entity.label()));
            }
            case SERIES -> catalog.names(entity.iri(), NameSource.SLUG).forEach(slug -> parts.add(term(PassageSchema.SERIES, slug)));
            case PERSON -> parts.add(term(PassageSchema.PERSON, entity.iri()));
            default -> parts.add(labelQuery(entity.label()));
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        parts.forEach(q -> b.add(q, BooleanClause.Occur.SHOULD));
        return b.build();
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    /** The label as a phrase, aliases expanded like in search. */
    private Query labelQuery(String label) {
        String quoted = '"' + label.replace("\"", "") + '"';
        return queries.text(quoted).map(PassageQueries.TextQuery::query).orElseGet(() -> new MatchNoDocsQuery("no words in " + label));
    }
}
