package org.minutegraph.server.sparql;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * The formats the endpoint writes: result sets (SELECT, ASK) and graphs (CONSTRUCT, DESCRIBE,
 * service description). Declaration order is the server's preference, so the first of a kind is
 * what {@code *}{@code /*} gets.
 */
public enum ResultFormat {

    JSON(Kind.RESULTS, List.of("application/sparql-results+json", "application/json"), List.of("json", "srj"),
            ResultSetLang.RS_JSON, null),
    XML(Kind.RESULTS, List.of("application/sparql-results+xml", "application/xml", "text/xml"), List.of("xml", "srx"),
            ResultSetLang.RS_XML, null),
    CSV(Kind.RESULTS, List.of("text/csv"), List.of("csv"), ResultSetLang.RS_CSV, null),
    TSV(Kind.RESULTS, List.of("text/tab-separated-values"), List.of("tsv"), ResultSetLang.RS_TSV, null),
    TURTLE(Kind.GRAPH, List.of("text/turtle", "application/x-turtle"), List.of("ttl", "turtle"),
            Lang.TURTLE, RDFFormat.TURTLE_PRETTY),
    N_TRIPLES(Kind.GRAPH, List.of("application/n-triples"), List.of("nt", "ntriples", "n-triples"),
            Lang.NTRIPLES, RDFFormat.NTRIPLES),
    JSON_LD(Kind.GRAPH, List.of("application/ld+json"), List.of("jsonld", "json-ld", "json"),
            Lang.JSONLD, RDFFormat.JSONLD),
    RDF_XML(Kind.GRAPH, List.of("application/rdf+xml", "application/xml"), List.of("rdfxml", "rdf", "xml"),
            Lang.RDFXML, RDFFormat.RDFXML_PLAIN),
    /** Jena's aligned text table, for a terminal ({@code minutegraph sparql}); never offered over HTTP. */
    TEXT(Kind.TABLE, List.of("text/plain"), List.of("text"), ResultSetLang.RS_Text, null);

    /** What a format can carry: results (SELECT, ASK) or a graph, over HTTP; or results as a table for people. */
    public enum Kind { RESULTS, GRAPH, TABLE }

    private final Kind kind;
    private final List<String> mediaTypes;
    private final List<String> names;
    private final Lang lang;
    private final RDFFormat rdfFormat;

    ResultFormat(Kind kind, List<String> mediaTypes, List<String> names, Lang lang, RDFFormat rdfFormat) {
        this.kind = kind;
        this.mediaTypes = mediaTypes;
        this.names = names;
        this.lang = lang;
        this.rdfFormat = rdfFormat;
    }

    public Kind kind() {
        return kind;
    }

    /** The registered media type, first of {@link #mediaTypes()}. */
    public String mediaType() {
        return mediaTypes.getFirst();
    }

    /** Every media type this format answers to, registered one first. */
    public List<String> mediaTypes() {
        return mediaTypes;
    }

    /** Short names accepted by the {@code format} parameter. */
    public List<String> names() {
        return names;
    }

    /** Jena's language for writing this format. */
    public Lang lang() {
        return lang;
    }

    /** Jena's graph writer format; null for result-set formats. */
    public RDFFormat rdfFormat() {
        return rdfFormat;
    }

    /** The formats of one kind, in order of preference. */
    public static List<ResultFormat> of(Kind kind) {
        return Arrays.stream(values()).filter(f -> f.kind == kind).toList();
    }

    /** Every media type offered for a kind, in order of preference (for content negotiation). */
    public static List<String> mediaTypesOf(Kind kind) {
        return of(kind).stream().flatMap(f -> f.mediaTypes.stream()).toList();
    }

    /** The format of a kind that answers to a media type. */
    public static Optional<ResultFormat> byMediaType(Kind kind, String mediaType) {
        String wanted = mediaType.toLowerCase(Locale.ROOT);
        return of(kind).stream().filter(f -> f.mediaTypes.contains(wanted)).findFirst();
    }

    /** The format of a kind named by a {@code format=} value: a short name or a media type. */
    public static Optional<ResultFormat> byName(Kind kind, String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return of(kind).stream()
                .filter(f -> f.names.contains(wanted) || f.mediaTypes.contains(wanted))
                .findFirst();
    }
}
