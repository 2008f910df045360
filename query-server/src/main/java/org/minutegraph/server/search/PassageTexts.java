package org.minutegraph.server.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.minutegraph.ingest.index.PassageIndex;
import org.minutegraph.ingest.index.PassageSchema;

/**
 * The stored text of passages by section IRI, shortened to an excerpt: what a timeline shows
 * under a mention. One term lookup per section, all on one searcher.
 */
public final class PassageTexts {

    private static final Set<String> FIELDS = Set.of(PassageSchema.TEXT);

    private final PassageIndex index;

    public PassageTexts(PassageIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    /**
     * Plain-text excerpts (not escaped) of at most about {@code maxChars} characters, by section IRI;
     * sections the index does not hold are left out.
     */
    public Map<String, String> excerpts(Iterable<String> sectionIris, int maxChars) {
        if (maxChars < 20) {
            throw new IllegalArgumentException("maxChars must be at least 20: " + maxChars);
        }
        return index.withSearcher(searcher -> lookUp(searcher, sectionIris, maxChars));
    }

    private static Map<String, String> lookUp(IndexSearcher searcher, Iterable<String> sectionIris, int maxChars) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        StoredFields stored = searcher.storedFields();
        for (String iri : sectionIris) {
            if (iri == null || out.containsKey(iri)) {
                continue;
            }
            TopDocs top = searcher.search(new TermQuery(new Term(PassageSchema.ID, iri)), 1);
            if (top.scoreDocs.length == 0) {
                continue;
            }
            Document doc = stored.document(top.scoreDocs[0].doc, FIELDS);
            String text = doc.get(PassageSchema.TEXT);
            if (text != null && !text.isBlank()) {
                out.put(iri, shorten(text, maxChars));
            }
        }
        return out;
    }

    /** Whitespace folded, cut at a word boundary with an ellipsis. */
    static String shorten(String text, int maxChars) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= maxChars) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', maxChars);
        return flat.substring(0, cut > maxChars / 2 ? cut : maxChars).strip() + " …";
    }
}
