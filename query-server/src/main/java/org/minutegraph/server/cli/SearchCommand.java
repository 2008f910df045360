package org.minutegraph.server.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.minutegraph.ingest.index.Embedder;
import org.minutegraph.ingest.index.MiniLmEmbedder;
import org.minutegraph.server.search.SearchHit;
import org.minutegraph.server.search.SearchRequest;
import org.minutegraph.server.search.SearchResponse;
import org.minutegraph.server.search.SearchServices;
import org.minutegraph.server.search.WhoResponse;
import org.minutegraph.server.services.Minutegraph;
import org.minutegraph.server.services.MinutegraphConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code minutegraph search}: the search (or who) API from a terminal. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Searches the minutes (full-text + semantic), or with --who ranks the people who discussed a topic.")
final class SearchCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--who", description = "Answer \"who discussed QUERY?\" instead of searching.")
    boolean who;

    @Option(names = "--limit", defaultValue = "10", description = "Number of hits (or people). Default: ${DEFAULT-VALUE}")
    int limit;

    @Option(names = "--json", description = "Print exactly the JSON of /api/search (or /api/who).")
    boolean json;

    @Option(names = "--lexical", description = "BM25 only, even when the index has embeddings (no model is loaded).")
    boolean lexical;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The query: words, \"phrases\", AND/OR/NOT, prefix*, fuzzy~.")
    java.util.List<String> words;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String query = String.join(" ", words);
        PrintWriter out = spec.commandLine().getOut();
        try (Minutegraph mg = Minutegraph.open(store.layout(), MinutegraphConfig.of(store.iris()));
             Embedder embedder = !lexical && !who && mg.index().hasEmbeddings() ? MiniLmEmbedder.load(1) : Embedder.none()) {
            mg.useEmbedder(embedder);
            SearchServices services = mg.search();
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            if (who) {
                WhoResponse response = services.who().who(query);
                if (json) {
                    out.println(mapper.writeValueAsString(response));
                } else {
                    printWho(response, out);
                }
            } else {
                SearchResponse response = services.search().search(SearchRequest.of(query).withPage(limit, 0));
                if (json) {
                    out.println(mapper.writeValueAsString(response));
                } else {
                    printHits(response, out);
                }
            }
        }
        out.flush();
        return 0;
    }

    private void printHits(SearchResponse r, PrintWriter out) {
        out.printf("%d passages (%s)%n", r.total(), r.mode());
        for (SearchHit h : r.hits()) {
            out.printf("%n%s  %-22s %s:%d%n  %s%n  %s%n", h.date(), TerminalText.escape(h.seriesLabel()), TerminalText.escape(h.sourcePath()),
                    h.startLine(), TerminalText.escape(h.heading()), TerminalText.escape(plain(h.snippet())));
        }
    }

    private void printWho(WhoResponse r, PrintWriter out) {
        out.printf("Who discussed %s?%n", r.topic() == null ? "?" : TerminalText.escape(r.topic().label()));
        r.people().stream().limit(limit).forEach(p -> {
            out.printf("%n%6.1f  %s%s — %d meetings%n", p.score(), p.handle() != null ? "@" + TerminalText.escape(p.handle()) : "",
                    p.name() != null ? " (" + TerminalText.escape(p.name()) + ")" : "", p.meetings());
            p.evidence().stream().limit(2).forEach(e -> out.printf("        %s %s: %s%n", e.date(), TerminalText.escape(e.sourcePath()),
                    TerminalText.escape(plain(e.snippet()))));
        });
    }

    /** Snippets come HTML-escaped with <mark>: a terminal wants the text. */
    static String plain(String html) {
        return html == null ? "" : html.replace("<mark>", "[").replace("</mark>", "]").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'").replace("&#x2F;", "/").replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    }
}
