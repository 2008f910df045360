package org.minutegraph.ontology;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * Mints the IRIs of everything ingest describes, under one base. The same input always gives the
 * same IRI, so re-ingesting a file reproduces its resources exactly.
 *
 * <pre>
 * meeting   B meeting/container/20230220        (source path without .md)
 * graph     B graph/container/20230220.md       (one named graph per file)
 * series    B series/container
 * person    B person/jschoone  or  B person/~anna-schmidt (no handle known)
 * section   meeting + /section/12               (start line)
 * action    meeting + /action/14, decision: meeting + /decision/20
 * topic     B topic/registry,  tool: B tool/harbor,  category: B category/container-registry
 * </pre>
 *
 * @param base the instance base, ending in '/' or '#'
 */
public record IriScheme(String base) {

    public IriScheme {
        Objects.requireNonNull(base, "base");
        if (!(base.endsWith("/") || base.endsWith("#")) || !base.contains(":")) {
            throw new IllegalArgumentException("The IRI base must be an absolute IRI ending in '/' or '#': " + base);
        }
    }

    /** The scheme under {@link MG#DEFAULT_BASE}. */
    public static IriScheme defaults() {
        return new IriScheme(MG.DEFAULT_BASE);
    }

    public String meeting(String sourcePath) {
        return base + "meeting/" + pathSegments(stripExtension(sourcePath));
    }

    public String graph(String sourcePath) {
        return base + "graph/" + pathSegments(sourcePath);
    }

    public String series(String slug) {
        return base + "series/" + slug(slug);
    }

    public String personByHandle(String handle) {
        return base + "person/" + pathSegments(handle.toLowerCase(Locale.ROOT));
    }

    public String personByName(String name) {
        return base + "person/~" + slug(name);
    }

    public String section(String meetingIri, int startLine) {
        return meetingIri + "/section/" + startLine;
    }

    public String action(String meetingIri, int startLine) {
        return meetingIri + "/action/" + startLine;
    }

    public String decision(String meetingIri, int startLine) {
        return meetingIri + "/decision/" + startLine;
    }

    public String topic(String key) {
        return base + "topic/" + slug(key);
    }

    public String tool(String slug) {
        return base + "tool/" + slug(slug);
    }

    public String category(String slug) {
        return base + "category/" + slug(slug);
    }

    /** The graph that holds corpus-wide statements (series labels, topics), rewritten on every ingest. */
    public String corpusGraph() {
        return base + "graph/_corpus";
    }

    /** True when the IRI was minted under this base (and so can be dereferenced by the server). */
    public boolean isLocal(String iri) {
        return iri.startsWith(base);
    }

    /** The part of a local IRI after the base, e.g. {@code meeting/container/20230220}. */
    public String localPart(String iri) {
        if (!isLocal(iri)) {
            throw new IllegalArgumentException("Not an IRI under " + base + ": " + iri);
        }
        return iri.substring(base.length());
    }

    /** Lower-case ASCII slug: accents folded, runs of other characters become one '-'. */
    public static String slug(String text) {
        String folded = Normalizer.normalize(Objects.requireNonNull(text, "text"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        String slug = folded.replaceAll("[^a-z0-9._]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "_" : slug;
    }

    private static String stripExtension(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash + 1 ? path.substring(0, dot) : path;
    }

    /** Percent-encodes what may not stand in an IRI path, keeping '/' between segments. */
    private static String pathSegments(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '/' || c == '-' || c == '.' || c == '_' || c == '~';
            if (safe) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
