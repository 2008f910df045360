package org.minutegraph.server.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.minutegraph.ingest.index.MinutesAnalyzer;
import org.minutegraph.ingest.model.PersonRef;

import static org.minutegraph.ingest.index.PassageSchema.*;
import org.minutegraph.server.catalog.Entity;
import org.minutegraph.server.catalog.EntityCatalog;
import org.minutegraph.server.catalog.EntityKind;
import org.minutegraph.server.catalog.EntityNames;
import org.minutegraph.server.catalog.NameSource;

/**
 * Turns what a user typed into Lucene queries that never fail: classic syntax first, then the same
 * words as plain text, then nothing (an empty result). Aliases of the vocabulary are expanded and
 * passages the graph says mention a named tool are boosted.
 */
final class PassageQueries {

    /** A text query and the concepts it names. */
    record TextQuery(Query query, List<Concept> concepts) {
    }

    private static final float TOOL_BOOST = 2.0f;
    private static final float NARROWER_TOOL_BOOST = 0.5f;
    private static final String NARROWER_WEIGHT = "^0.5";
    private static final int MAX_RELATED_PHRASES = 40;
    private static final Map<String, Float> FIELDS = Map.of(TEXT, TEXT_BOOST, HEADING, HEADING_BOOST, HEADING_PATH, HEADING_PATH_BOOST);

    private final ConceptVocabulary vocabulary;
    private final AliasExpander expander;
    private final GermanGlossary german = GermanGlossary.load();
    private final SearchConfig config;
    /** One analyzer for every parse: it keeps its token streams per thread, so it is built once, not per query. */
    private final org.apache.lucene.analysis.Analyzer analyzer = MinutesAnalyzer.forQuery();

    PassageQueries(ConceptVocabulary vocabulary, SearchConfig config) {
        this.vocabulary = vocabulary;
        this.expander = new AliasExpander(vocabulary);
        this.config = config;
    }

    /** The query for {@code q}, or empty when it holds nothing searchable. */
    Optional<TextQuery> text(String q) {
        return text(q, List.of());
    }

    /**
     * The query for {@code q}, also finding, with less weight than the user's words, the labels and
     * tools of {@code related} concepts (those a semantic match says the query describes).
     */
    Optional<TextQuery> text(String q, List<Concept> related) {
        String bounded = read(q);
        if (bounded.isBlank()) {
            return Optional.empty();
        }
        AliasExpander.Expansion expansion = expander.expand(bounded);
        Optional<Query> parsed = parse(expansion.text());
        AliasExpander.Expansion used = expansion;
        if (parsed.isEmpty()) {
            used = expander.expand(plainWords(bounded));
            parsed = parse(used.text());
        }
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        List<Concept> concepts = used.concepts();
        List<Concept> others = related.stream().filter(c -> !concepts.contains(c)).toList();
        Query withRelated = others.isEmpty() ? parsed.get() : withRelated(parsed.get(), others, terms(plainWords(bounded)));
        return Optional.of(new TextQuery(withGraphBoost(withRelated, concepts), concepts));
    }

    /** What the query vector is computed from: the plain words, each named concept as its preferred label. */
    String embeddingText(String q) {
        return plainWords(expander.expand(read(q)).canonical());
    }

    /**
     * The query vector's text with the labels of the concepts a semantic match says it describes, so the
     * vector, too, leans towards passages about them ("login for clusters (identity provider)").
     */
    String embeddingText(String q, List<Concept> related) {
        String text = embeddingText(q);
        return related.isEmpty() ? text : text + " (" + String.join(", ", related.stream().map(Concept::label).toList()) + ")";
    }

    /** The words of {@code q} outside the concepts it names, without query syntax: what a semantic concept match reads. */
    String residualText(String q) {
        return plainWords(expander.expand(read(q)).residual());
    }

    /** The stemmed terms of {@code text} as the index sees them (stop words dropped). */
    static Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (org.apache.lucene.analysis.Analyzer analyzer = MinutesAnalyzer.forQuery();
             org.apache.lucene.analysis.TokenStream stream = analyzer.tokenStream(TEXT, text)) {
            var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot analyse " + text, e);
        }
        return terms;
    }

    /** The words of {@code q} without query syntax, for embedding and for the plain fallback. */
    static String plainWords(String q) {
        return q.replaceAll("[+!(){}\\[\\]^\"~*?:\\\\/&|]", " ").replaceAll("(^|\\s)-+", " ").replaceAll("\\s+", " ").strip();
    }

    /** The query as searched: {@link #bound bounded}, its German words read as English. */
    private String read(String q) {
        return german.read(bound(q));
    }

    /** At most {@code maxQueryChars} characters and {@code maxQueryTerms} words. */
    String bound(String q) {
        String cut = q.length() > config.maxQueryChars() ? q.substring(0, config.maxQueryChars()) : q;
        String[] words = cut.strip().split("\\s+");
        if (words.length <= config.maxQueryTerms()) {
            return cut.strip();
        }
        return String.join(" ", java.util.Arrays.copyOf(words, config.maxQueryTerms()));
    }

    private Optional<Query> parse(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS.keySet().toArray(String[]::new), analyzer, FIELDS);
            parser.setAllowLeadingWildcard(true);
            parser.setDefaultOperator(QueryParser.Operator.OR);
            parser.setSplitOnWhitespace(true);
            Query query = parser.parse(text);
            if (query == null || query instanceof BooleanQuery b && b.clauses().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(query);
        } catch (ParseException | RuntimeException e) {
            // bad syntax or too many clauses: the caller retries with plain words
            return Optional.empty();
        }
    }

    /**
     * The user's query or, weighted by {@code conceptBoost}, the related concepts' labels (a category's
     * tools at half weight) and the passages the graph links to them. They may match on their own
     * only when the user's query is a plain OR of words; required or excluded words stay so. A tool
     * whose label shares a word with the query is left out: that word finds it already, and adding
     * it again only outweighs the rest of the query.
     */
    private Query withRelated(Query user, List<Concept> related, Set<String> written) {
        if (related.isEmpty()) {
            return user;
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> phrases = new ArrayList<>();
        BooleanQuery.Builder graph = new BooleanQuery.Builder();
        for (Concept concept : related) {
            concept.allLabels().stream().filter(l -> seen.add(EntityNames.normalise(l))).forEach(l -> phrases.add(quote(l)));
            if (concept.kind() == Concept.Kind.TOOL) {
                graph.add(new TermQuery(new Term(TOOL, concept.iri())), BooleanClause.Occur.SHOULD);
            }
            for (String narrower : membersWithRelated(concept)) {
                Optional<Concept> tool = vocabulary.byIri(narrower).filter(t -> !sharesWord(t, written));
                tool.filter(t -> seen.add(EntityNames.normalise(t.label()))).ifPresent(t -> phrases.add(quote(t.label()) + NARROWER_WEIGHT));
                tool.ifPresent(t -> graph.add(new BoostQuery(new TermQuery(new Term(TOOL, narrower)), NARROWER_TOOL_BOOST), BooleanClause.Occur.SHOULD));
            }
        }
        BooleanQuery.Builder expansion = new BooleanQuery.Builder();
        parse(String.join(" OR ", phrases.subList(0, Math.min(phrases.size(), MAX_RELATED_PHRASES))))
                .ifPresent(q -> expansion.add(q, BooleanClause.Occur.SHOULD));
        BooleanQuery graphQuery = graph.build();
        if (!graphQuery.clauses().isEmpty()) {
            expansion.add(graphQuery, BooleanClause.Occur.SHOULD);
        }
        BooleanQuery built = expansion.build();
        if (built.clauses().isEmpty()) {
            return user;
        }
        boolean plainOr = !(user instanceof BooleanQuery b) || b.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD);
        return new BooleanQuery.Builder()
                .add(user, plainOr ? BooleanClause.Occur.SHOULD : BooleanClause.Occur.MUST)
                .add(new BoostQuery(built, config.conceptBoost()), BooleanClause.Occur.SHOULD)
                .build();
    }

    /** A category's tools, then the tools of the categories it is related to (its own come first, before the phrase cap). */
    private List<String> membersWithRelated(Concept concept) {
        List<String> out = new ArrayList<>(concept.narrower());
        for (String related : concept.related()) {
            vocabulary.byIri(related).filter(r -> r.kind() == Concept.Kind.CATEGORY).ifPresent(r -> out.addAll(r.narrower()));
        }
        return out;
    }

    /** True when one of the concept's labels has a term in {@code terms}. */
    static boolean sharesWord(Concept concept, Set<String> terms) {
        return concept.allLabels().stream().flatMap(l -> terms(l).stream()).anyMatch(terms::contains);
    }

    private static String quote(String label) {
        return '"' + label.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** Passages the graph links to a named tool (or a category's tools) rank higher. */
    private Query withGraphBoost(Query text, List<Concept> concepts) {
        List<Query> boosts = new ArrayList<>();
        for (Concept concept : concepts) {
            if (concept.kind() == Concept.Kind.TOOL) {
                boosts.add(new BoostQuery(new TermQuery(new Term(TOOL, concept.iri())), TOOL_BOOST));
            }
            for (String narrower : concept.narrower()) {
                boosts.add(new BoostQuery(new TermQuery(new Term(TOOL, narrower)), NARROWER_TOOL_BOOST));
            }
        }
        if (boosts.isEmpty()) {
            return text;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        boosts.forEach(q -> b.add(q, BooleanClause.Occur.SHOULD));
        return b.build();
    }

    /**
     * The filters of a request, each a required non-scoring clause; empty when none. A value is taken
     * as written (slug, handle, IRI, label or alias) and as the entity of its kind the catalog
     * resolves it to, so a filter names what who and timeline name ("habour" filters by Harbor).
     */
    List<Query> filters(SearchRequest request, EntityCatalog catalog) {
        List<Query> filters = new ArrayList<>();
        if (request.series() != null) {
            Set<String> slugs = new LinkedHashSet<>();
            for (String s : values(request.series())) {
                slugs.add(s);
                resolved(catalog, s, EntityKind.SERIES).ifPresent(e -> slugs.addAll(catalog.names(e.iri(), NameSource.SLUG)));
            }
            filters.add(anyOf(SERIES, slugs));
        }
        if (request.person() != null) {
            Set<String> keys = new LinkedHashSet<>();
            for (String p : values(request.person())) {
                keys.add(p);
                keys.add(p.replaceFirst("^@", "").toLowerCase(java.util.Locale.ROOT));
                keys.add(PersonRef.foldName(p));
                resolved(catalog, p, EntityKind.PERSON).ifPresent(e -> keys.add(e.iri()));
            }
            filters.add(anyOf(PERSON, keys));
        }
        if (request.tool() != null) {
            Set<String> iris = new LinkedHashSet<>();
            for (String t : values(request.tool())) {
                iris.addAll(toolIris(t));
                catalog.named(EntityKind.TOOL, t).forEach(e -> iris.add(e.iri()));
                resolved(catalog, t, EntityKind.TOOL).ifPresent(e -> iris.add(e.iri()));
                resolved(catalog, t, EntityKind.CATEGORY).ifPresent(e -> iris.addAll(toolIris(e.iri())));
            }
            filters.add(iris.isEmpty() ? new MatchNoDocsQuery("unknown tool " + request.tool()) : anyOf(TOOL, iris));
        }
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
            long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
            filters.add(LongPoint.newRangeQuery(DATE_DAY, from, to));
        }
        return filters;
    }

    /** The entity the catalog resolves the value to, if it is of {@code kind}. */
    private static Optional<Entity> resolved(EntityCatalog catalog, String value, EntityKind kind) {
        return catalog.resolve(value).filter(e -> e.kind() == kind);
    }

    /** A tool IRI as given, or the tools a label or alias names (a category names its tools). */
    Set<String> toolIris(String value) {
        Set<String> iris = new LinkedHashSet<>();
        if (value.startsWith("http://") || value.startsWith("https://")) {
            iris.add(value);
            vocabulary.byIri(value).ifPresent(c -> iris.addAll(c.narrower()));
            return iris;
        }
        for (Concept concept : vocabulary.byLabel(value)) {
            if (concept.kind() == Concept.Kind.CATEGORY) {
                iris.addAll(concept.narrower());
            } else {
                iris.add(concept.iri());
            }
        }
        return iris;
    }

    static Query anyOf(String field, Set<String> values) {
        if (values.size() == 1) {
            return new TermQuery(new Term(field, values.iterator().next()));
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        values.forEach(v -> b.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.SHOULD));
        return b.build();
    }

    private static Set<String> values(String commaSeparated) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : commaSeparated.split(",")) {
            if (!v.isBlank()) {
                out.add(v.strip());
            }
        }
        return out;
    }
}
