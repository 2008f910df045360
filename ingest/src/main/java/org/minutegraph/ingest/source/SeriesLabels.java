package org.minutegraph.ingest.source;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.RDFS;
import org.minutegraph.ontology.MG;

/**
 * Human labels for series slugs: explicit overrides first, else a label derived from the slug
 * ("sig-monitoring" → "SIG Monitoring", "container" → "Team Container", "product-board" →
 * "Product Board"). Overrides come from a map, a {@code .properties} file ({@code slug=Label}) or a
 * Turtle file ({@code <.../series/slug> rdfs:label "..."} or {@code [] mg:slug "slug"; rdfs:label "..."}).
 */
public final class SeriesLabels {

    /** Words written in capitals, or with their own casing, wherever they appear in a slug. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("sig", "SIG"), Map.entry("wg", "WG"), Map.entry("iam", "IAM"), Map.entry("iaas", "IaaS"),
            Map.entry("kaas", "KaaS"), Map.entry("paas", "PaaS"), Map.entry("saas", "SaaS"), Map.entry("scs", "SCS"),
            Map.entry("api", "API"), Map.entry("capi", "CAPI"), Map.entry("ci", "CI"), Map.entry("cd", "CD"),
            Map.entry("ui", "UI"), Map.entry("ux", "UX"), Map.entry("sre", "SRE"), Map.entry("tsc", "TSC"),
            Map.entry("k8s", "K8s"), Map.entry("oss", "OSS"), Map.entry("adr", "ADR"), Map.entry("gx", "GX"),
            Map.entry("qa", "QA"), Map.entry("devops", "DevOps"));

    /** Last words that already say what kind of group meets, so no "Team " goes in front. */
    private static final Set<String> GROUP_WORDS = Set.of(
            "board", "call", "calls", "meeting", "meetings", "minutes", "notes", "wg", "hackathon", "hackathons",
            "workshop", "workshops", "sync", "standup", "weekly", "council", "committee", "forum", "summit");

    private final Map<String, String> overrides;

    public SeriesLabels(Map<String, String> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    /** Derived labels only. */
    public static SeriesLabels derived() {
        return new SeriesLabels(Map.of());
    }

    /** Overrides from a {@code .properties} file or, for {@code .ttl}, a Turtle file. */
    public static SeriesLabels load(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return new SeriesLabels(name.endsWith(".ttl") ? fromTurtle(file) : fromProperties(file));
    }

    /** The override for {@code slug} if there is one, else the derived label. */
    public String label(String slug) {
        Objects.requireNonNull(slug, "slug");
        String override = overrides.get(slug);
        return override != null ? override : derive(slug);
    }

    public Map<String, String> overrides() {
        return overrides;
    }

    /** The label a slug gets without overrides. */
    public static String derive(String slug) {
        List<String> words = new ArrayList<>();
        for (String w : slug.strip().split("[-_\\s]+")) {
            if (!w.isEmpty()) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        if (words.isEmpty()) {
            return slug;
        }
        List<String> shown = new ArrayList<>();
        for (String w : words) {
            shown.add(WORDS.getOrDefault(w, Character.toUpperCase(w.charAt(0)) + w.substring(1)));
        }
        String label = String.join(" ", shown);
        boolean named = words.getFirst().equals("sig") || words.getFirst().equals("team")
                || GROUP_WORDS.contains(words.getLast());
        return named ? label : "Team " + label;
    }

    private static Map<String, String> fromProperties(Path file) {
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new MinutesSourceException("cannot read series labels from " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> labels = new HashMap<>();
        props.forEach((k, v) -> labels.put(k.toString().strip(), v.toString().strip()));
        return labels;
    }

    private static Map<String, String> fromTurtle(Path file) {
        Model model = ModelFactory.createDefaultModel();
        try {
            RDFDataMgr.read(model, file.toUri().toString(), org.apache.jena.riot.Lang.TURTLE);
        } catch (RiotException e) {
            throw new MinutesSourceException("cannot read series labels from " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> labels = new HashMap<>();
        for (Statement st : model.listStatements(null, RDFS.label, (org.apache.jena.rdf.model.RDFNode) null).toList()) {
            String slug = slugOf(st.getSubject());
            if (slug != null && st.getObject().isLiteral()) {
                labels.put(slug, st.getObject().asLiteral().getLexicalForm());
            }
        }
        return labels;
    }

    /** The subject's {@code mg:slug}, else the last segment of an IRI under {@code .../series/}. */
    private static String slugOf(Resource subject) {
        Statement slug = subject.getProperty(MG.slug);
        if (slug != null && slug.getObject().isLiteral()) {
            return slug.getObject().asLiteral().getLexicalForm();
        }
        String iri = subject.isURIResource() ? subject.getURI() : null;
        int at = iri == null ? -1 : iri.lastIndexOf("/series/");
        return at < 0 ? null : iri.substring(at + "/series/".length());
    }
}
