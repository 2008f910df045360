package org.minutegraph.server.graph;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.minutegraph.ontology.IriScheme;

/** Labels for IRIs the graph gives no label: GitHub issues as "repo#N", local IRIs by their path. */
final class FallbackLabels {

    private static final Pattern GITHUB = Pattern.compile("https://github\\.com/[^/]+/([^/]+)/(?:issues|pull)/(\\d+)/?");

    private FallbackLabels() {
    }

    static String of(String iri, IriScheme iris) {
        Matcher m = GITHUB.matcher(iri);
        if (m.matches()) {
            return m.group(1) + "#" + m.group(2);
        }
        if (iris.isLocal(iri)) {
            return iris.localPart(iri);
        }
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    /** The label when there is one, else the fallback. */
    static String orElse(String label, String iri, IriScheme iris) {
        return label != null && !label.isBlank() ? label : of(iri, iris);
    }
}
