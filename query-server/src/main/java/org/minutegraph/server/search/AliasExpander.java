package org.minutegraph.server.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.minutegraph.server.catalog.EntityNames;

/**
 * Rewrites a query in classic Lucene syntax so that a word or quoted phrase naming a concept also
 * finds the concept's other labels: {@code k8s} becomes {@code (k8s OR "Kubernetes")}, and
 * {@code "identity provider"} also finds {@code IdP}. Operators around the word keep their meaning.
 */
final class AliasExpander {

    /**
     * Expanded query text, the concepts it names (for the graph boost), and the query with each
     * concept span written as the concept's preferred label (so an alias and its label embed alike),
     * and the words outside the concept spans (what the query says besides the concepts it names).
     */
    record Expansion(String text, List<Concept> concepts, String canonical, String residual) {
    }

    private static final Pattern PLAIN_WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_.@'-]*");
    /** Enough for a category's labels and all its tools: at 12, "container registry" lost Keppel and Artifactory. */
    private static final int MAX_ALTERNATIVES = 40;
    private static final int MAX_CONCEPTS = 8;
    private static final String NARROWER_BOOST = "^0.5";

    private final ConceptVocabulary vocabulary;

    AliasExpander(ConceptVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    Expansion expand(String query) {
        List<Unit> units = units(query);
        Set<Concept> named = new LinkedHashSet<>();
        StringBuilder out = new StringBuilder(query.length() * 2);
        StringBuilder canonical = new StringBuilder(query.length());
        StringBuilder residual = new StringBuilder(query.length());
        int i = 0;
        while (i < units.size()) {
            Unit unit = units.get(i);
            int matched = named.size() < MAX_CONCEPTS ? matchLength(units, i) : 0;
            if (matched > 0) {
                List<Unit> span = units.subList(i, i + matched);
                List<Concept> concepts = vocabulary.byLabel(span.stream().map(Unit::core).reduce((a, b) -> a + " " + b).orElse(""));
                named.addAll(concepts);
                appendSeparator(out);
                out.append(span.get(0).prefix()).append('(');
                out.append(unit.phrase() ? quote(unit.core()) : String.join(" ", span.stream().map(Unit::core).toList()));
                for (String alternative : alternatives(concepts, span)) {
                    out.append(" OR ").append(alternative);
                }
                out.append(')').append(span.get(span.size() - 1).suffix());
                appendSeparator(canonical);
                canonical.append(concepts.size() == 1 ? concepts.get(0).label() : String.join(" ", span.stream().map(Unit::core).toList()));
                i += matched;
            } else {
                appendSeparator(out);
                out.append(unit.raw());
                appendSeparator(canonical);
                canonical.append(unit.raw());
                appendSeparator(residual);
                residual.append(unit.raw());
                i++;
            }
        }
        return new Expansion(out.toString(), List.copyOf(named), canonical.toString(), residual.toString());
    }

    /** How many units from {@code start} name a concept (longest match), or 0. */
    private int matchLength(List<Unit> units, int start) {
        Unit first = units.get(start);
        if (first.phrase()) {
            return first.core().isBlank() || vocabulary.byLabel(first.core()).isEmpty() ? 0 : 1;
        }
        int max = Math.min(vocabulary.longestLabelWords(), units.size() - start);
        for (int n = max; n >= 1; n--) {
            StringBuilder text = new StringBuilder();
            boolean plain = true;
            for (int k = start; k < start + n && plain; k++) {
                Unit u = units.get(k);
                plain = !u.phrase() && u.plain() && (k == start || u.prefix().isEmpty()) && (k == start + n - 1 || u.suffix().isEmpty());
                text.append(' ').append(u.core());
            }
            if (plain && !vocabulary.byLabel(text.toString()).isEmpty()) {
                return n;
            }
        }
        return 0;
    }

    private List<String> alternatives(List<Concept> concepts, List<Unit> span) {
        String written = EntityNames.normalise(String.join(" ", span.stream().map(Unit::core).toList()));
        Set<String> seen = new LinkedHashSet<>();
        seen.add(written);
        List<String> out = new ArrayList<>();
        for (Concept concept : concepts) {
            for (String label : concept.allLabels()) {
                if (out.size() < MAX_ALTERNATIVES && seen.add(EntityNames.normalise(label))) {
                    out.add(quote(label));
                }
            }
        }
        for (Concept concept : concepts) {
            if (concept.kind() == Concept.Kind.CATEGORY) {
                for (String label : concept.narrower().stream().flatMap(iri -> vocabulary.byIri(iri).stream()).map(Concept::label).toList()) {
                    if (out.size() < MAX_ALTERNATIVES && seen.add(EntityNames.normalise(label))) {
                        out.add(quote(label) + NARROWER_BOOST);
                    }
                }
            }
        }
        return out;
    }

    private static String quote(String label) {
        return '"' + label.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static void appendSeparator(StringBuilder out) {
        if (!out.isEmpty()) {
            out.append(' ');
        }
    }

    /**
     * A word or a quoted phrase of the query: {@code prefix} is a leading + or -, {@code core} the
     * word without it and without trailing sentence punctuation, {@code suffix} that punctuation.
     */
    private record Unit(String raw, String prefix, String core, String suffix, boolean phrase) {
        boolean plain() {
            return PLAIN_WORD.matcher(core).matches();
        }
    }

    private static List<Unit> units(String query) {
        List<Unit> units = new ArrayList<>();
        int i = 0;
        int n = query.length();
        while (i < n) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"' && query.indexOf('"', i + 1) > 0) {
                int end = query.indexOf('"', i + 1);
                int after = end + 1;
                while (after < n && !Character.isWhitespace(query.charAt(after))) {
                    after++;
                }
                String raw = query.substring(i, after);
                String suffix = query.substring(end + 1, after);
                units.add(new Unit(raw, "", query.substring(i + 1, end), suffix.isEmpty() ? "" : suffix, suffix.isEmpty()));
                i = after;
            } else {
                int end = i;
                while (end < n && !Character.isWhitespace(query.charAt(end))) {
                    end++;
                }
                String raw = query.substring(i, end);
                String prefix = raw.startsWith("+") || raw.startsWith("-") ? raw.substring(0, 1) : "";
                String body = raw.substring(prefix.length());
                String core = body.replaceAll("[,;.!?]+$", "");
                units.add(new Unit(raw, prefix, core, body.substring(core.length()), false));
                i = end;
            }
        }
        return units;
    }
}
