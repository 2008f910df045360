package org.minutegraph.server.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.minutegraph.ingest.index.MiniLmEmbedder;
import org.minutegraph.ingest.index.PassageIndex;

/**
 * Run by hand (not a test): p50/p90/p99 of BM25 search with snippets and facets, hybrid search with
 * the query embedding, who and suggest, on a store that ingest wrote (with embeddings for the hybrid
 * figures); and the embedding throughput of the model on that store's passages.
 *
 * <pre>./minutegraph ingest --minutes ../shared/corpus/scs-minutes --store /tmp/scs
 * java --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
 *     -cp query-server/target/minutegraph.jar:query-server/target/test-classes org.minutegraph.server.search.SearchBench /tmp/scs</pre>
 */
public final class SearchBench {

    private static final List<String> QUERIES = List.of("Harbor", "container registry", "k8s upgrade", "Zitadel OIDC", "status page",
            "load balancer", "CAPI", "flavor naming", "\"cluster stacks\"", "who maintains zuul", "backup", "Keycloak federation");

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args.length > 0 ? args[0] : "store");
        try (PassageIndex index = PassageIndex.open(new org.minutegraph.ingest.store.StoreLayout(store).index());
             MiniLmEmbedder embedder = MiniLmEmbedder.load(2)) {
            List<String> texts = new ArrayList<>();
            index.withSearcher(searcher -> {
                for (int doc = 0; doc < searcher.getIndexReader().maxDoc() && texts.size() < 600; doc++) {
                    String text = searcher.storedFields().document(doc).get(org.minutegraph.ingest.index.PassageSchema.TEXT);
                    if (text != null && !text.isBlank()) {
                        texts.add(text);
                    }
                }
                return null;
            });
            embedder.embedAll(texts.subList(0, Math.min(50, texts.size())));
            long t0 = System.nanoTime();
            embedder.embedAll(texts);
            System.out.printf("embedding: %d passages in %.1f s = %.0f passages/s%n", texts.size(), secs(t0), texts.size() / secs(t0));

            var vocabulary = org.minutegraph.ontology.Vocabularies.tools();
            // The answer cache is off: repeated bench queries would measure the cache, not the search.
            SearchConfig uncached = SearchConfig.builder().cacheSize(0).build();
            SearchServices lexical = SearchServices.create(index, vocabulary, null, uncached);
            measure("BM25 search + snippets + facets", q -> lexical.search().search(SearchRequest.of(q)));
            if (index.hasEmbeddings()) {
                SearchServices hybrid = SearchServices.create(index, vocabulary, embedder, uncached);
                measure("hybrid search incl. query embedding", q -> hybrid.search().search(SearchRequest.of(q)));
            }
            measure("who", q -> lexical.who().who(q));
            measure("suggest", q -> lexical.suggest().suggest(q.substring(0, Math.min(3, q.length())), 10));
        }
    }

    private static final long WARM_UP_NANOS = 8_000_000_000L;

    private static void measure(String name, Consumer<String> work) {
        // Warm-up until the JIT has settled, as JMH does (it warms for 5 x 10 s): after 1,000 queries
        // the search path was still getting faster, by about a sixth over the next 4,000.
        long warmUntil = System.nanoTime() + WARM_UP_NANOS;
        for (int i = 0; i < 1_000 || System.nanoTime() < warmUntil; i++) {
            work.accept(QUERIES.get(i % QUERIES.size()));
        }
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        List<Long> micros = new ArrayList<>();
        List<Long> cpuMicros = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            work.accept(QUERIES.get(i % QUERIES.size()));
            micros.add((System.nanoTime() - t) / 1_000);
            cpuMicros.add((threads.getCurrentThreadCpuTime() - cpu) / 1_000);
        }
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] cpuSorted = cpuMicros.stream().mapToLong(Long::longValue).sorted().toArray();
        // CPU time of the calling thread: what the work costs when other processes compete for the cores
        System.out.printf("%-40s p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms  (cpu p50 %6.2f ms  p90 %6.2f ms)%n", name, at(sorted, 0.5),
                at(sorted, 0.9), at(sorted, 0.99), at(cpuSorted, 0.5), at(cpuSorted, 0.9));
    }

    private static double at(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))] / 1000.0;
    }

    private static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

}
