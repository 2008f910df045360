package org.minutegraph.server.web.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.minutegraph.ontology.IriScheme;

/** The local paths pages link to: entity pages for IRIs under the base, meeting pages, search, who, timeline. */
public final class Links {

    private final IriScheme iris;

    public Links(IriScheme iris) {
        this.iris = iris;
    }

    /** {@code /id/...} for an IRI under the base; the IRI itself when it is http(s) elsewhere; else "#". */
    public String entity(String iri) {
        if (iri == null) {
            return "#";
        }
        if (iris.isLocal(iri)) {
            return "/id/" + iris.localPart(iri);
        }
        return iri.matches("(?i)https?://[^\\s\"'<>]+") ? iri : "#";
    }

    /** Whether the link leaves this site (it then gets rel="nofollow noopener"). */
    public boolean external(String iri) {
        return iri != null && !iris.isLocal(iri);
    }

    /** The name, else "@handle", else the handle or name slug from the IRI. */
    public static String person(org.minutegraph.server.graph.PersonView p) {
        if (p.name() != null || p.handle() != null) {
            return p.display();
        }
        String tail = p.iri().substring(p.iri().lastIndexOf('/') + 1);
        return tail.startsWith("~") ? tail.substring(1).replace('-', ' ') : "@" + tail;
    }

    public static String meeting(String sourcePath) {
        return "/meeting/" + encodePath(sourcePath);
    }

    /** The meeting page scrolled to the heading that starts on {@code line}. */
    public static String meeting(String sourcePath, int line) {
        return meeting(sourcePath) + (line > 0 ? "#L" + line : "");
    }

    public static String who(String topic) {
        return "/who?topic=" + query(topic);
    }

    public static String timeline(String entity) {
        return "/timeline?entity=" + query(entity);
    }

    /** {@code /?k=v&...}, skipping null and blank values. */
    public static String search(Map<String, String> params) {
        String q = params.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> query(e.getKey()) + "=" + query(e.getValue())).collect(Collectors.joining("&"));
        return q.isEmpty() ? "/" : "/?" + q;
    }

    /** A copy of {@code params} with {@code key} set (or removed when value is null). */
    public static Map<String, String> with(Map<String, String> params, String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(params);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return copy;
    }

    public static String query(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Percent-encodes each segment of a relative path, keeping the slashes. */
    public static String encodePath(String path) {
        return Arrays.stream(path.split("/", -1)).map(Links::query).collect(Collectors.joining("/"));
    }
}
