package org.minutegraph.server.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.minutegraph.ingest.index.IndexConfig;
import org.minutegraph.ingest.index.MiniLmEmbedder;
import org.minutegraph.ingest.index.PassageIndex;
import org.minutegraph.ingest.index.PassageIndexWriter;
import org.minutegraph.ingest.model.Meeting;
import org.minutegraph.ingest.model.MeetingSection;

/**
 * Run by hand (not a test): p50/p90/p99 of BM25 search with snippets and facets, hybrid search with
 * the query embedding, who; and embedding throughput. Indexes the real corpus with
 * {@link RoughCorpus} into a temporary directory, or uses {@code -Dminutegraph.store=DIR}.
 *
 * <pre>java --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -cp ... org.minutegraph.server.search.SearchBench</pre>
 */
public final class SearchBench {

    private static final List<String> QUERIES = List.of("Harbor", "container registry", "k8s upgrade", "Zitadel OIDC", "status page",
            "load balancer", "CAPI", "flavor naming", "\"cluster stacks\"", "who maintains zuul", "backup", "Keycloak federation");

    public static void main(String[] args) throws Exception {
        Path tmp = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "search-bench");
        ConceptVocabulary vocabulary = ConceptVocabulary.from(TestCorpus.vocabulary());
        List<Meeting> meetings = RoughCorpus.read(RoughCorpus.corpus(), vocabulary);
        List<String> texts = meetings.stream().flatMap(m -> m.sections().stream()).map(MeetingSection::text)
                .filter(t -> !t.isBlank()).limit(600).toList();
        try (MiniLmEmbedder embedder = MiniLmEmbedder.load(2)) {
            embedder.embedAll(texts.subList(0, 50));
            long t0 = System.nanoTime();
            embedder.embedAll(texts);
            System.out.printf("embedding: %d passages in %.1f s = %.0f passages/s%n", texts.size(), secs(t0), texts.size() / secs(t0));

            Path indexDir = System.getProperty("minutegraph.store") != null
                    ? Path.of(System.getProperty("minutegraph.store")).resolve("index") : tmp.resolve("index");
            if (System.getProperty("minutegraph.store") == null) {
                long t1 = System.nanoTime();
                try (PassageIndexWriter w = PassageIndexWriter.open(indexDir, IndexConfig.defaults().withEmbeddingCache(tmp.resolve("emb")), embedder)) {
                    meetings.forEach(m -> w.add(m, TestCorpus.context()));
                    w.prepareCommit(Map.of("generation", "1"));
                    w.commit();
                    System.out.printf("indexing with embeddings: %s in %.1f s%n", w.stats(), secs(t1));
                }
            }
            try (PassageIndex index = PassageIndex.open(indexDir)) {
                SearchServices lexical = SearchServices.create(index, TestCorpus.vocabulary(), null, SearchConfig.defaults());
                SearchServices hybrid = SearchServices.create(index, TestCorpus.vocabulary(), embedder, SearchConfig.defaults());
                measure("BM25 search + snippets + facets", q -> lexical.search().search(SearchRequest.of(q)));
                measure("hybrid search incl. query embedding", q -> hybrid.search().search(SearchRequest.of(q)));
                measure("who", q -> lexical.who().who(q));
                measure("suggest", q -> lexical.suggest().suggest(q.substring(0, Math.min(3, q.length())), 10));
            }
        }
    }

    private static void measure(String name, Consumer<String> work) {
        for (int i = 0; i < 200; i++) {
            work.accept(QUERIES.get(i % QUERIES.size()));
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            long t = System.nanoTime();
            work.accept(QUERIES.get(i % QUERIES.size()));
            micros.add((System.nanoTime() - t) / 1_000);
        }
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%-40s p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms%n", name, at(sorted, 0.5), at(sorted, 0.9), at(sorted, 0.99));
    }

    private static double at(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))] / 1000.0;
    }

    private static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

}
