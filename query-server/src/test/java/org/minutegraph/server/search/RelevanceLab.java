package org.minutegraph.server.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.search.ScoreDoc;
import org.minutegraph.ingest.index.MiniLmEmbedder;
import org.minutegraph.ingest.index.PassageIndex;
import org.minutegraph.ingest.index.PassageSchema;

/**
 * Run by hand (not a test) on a store with embeddings: per relevance-suite query, where the expected meetings
 * rank (by meeting) in the BM25 list, the vector list and the fused top 10; {@code q QUERY...} dumps those lists;
 * {@code sweep k=5,vw=0.8,rp=0.5,ms=0.2,cs=0.5,mc=2,cb=0.5 ...} runs the suite once per setting.
 *
 * <pre>java --add-modules jdk.incubator.vector -cp query-server/target/classes:query-server/target/test-classes:CLASSPATH \
 *     org.minutegraph.server.search.RelevanceLab query-server/target/test-stores/real [v | q QUERY... | sweep SETTING...]</pre>
 */
public final class RelevanceLab {

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        try (PassageIndex index = PassageIndex.open(new org.minutegraph.ingest.store.StoreLayout(store).index()); MiniLmEmbedder embedder = MiniLmEmbedder.load(1)) {
            ConceptVocabulary vocabulary = ConceptVocabulary.from(org.minutegraph.ontology.Vocabularies.tools());
            SearchConfig config = SearchConfig.builder().cacheSize(0).build();
            SearchServices services = SearchServices.create(index, vocabulary, embedder, config, WhoWeights.defaults());
            PassageQueries queries = new PassageQueries(vocabulary, config);
            if (args.length > 1 && args[1].equals("sweep")) {
                for (int i = 2; i < args.length; i++) {
                    SearchConfig c = parse(args[i]);
                    RelevanceSuite.Report rep = RelevanceSuite.run(SearchServices.create(index, vocabulary, embedder, c, WhoWeights.defaults()).search());
                    StringBuilder zeros = new StringBuilder();
                    double newR = 0, newN = 0, oldR = 0, oldN = 0;
                    int nNew = 0, nOld = 0;
                    boolean fresh = false;
                    for (RelevanceSuite.Result r : rep.results()) {
                        fresh = r.c().heldOut();
                        if (fresh) { newR += r.recall(); newN += r.ndcg(); nNew++; } else { oldR += r.recall(); oldN += r.ndcg(); nOld++; }
                        if (r.recall() < 0.5) {
                            zeros.append(r.c().query()).append(String.format("(%.2f) ", r.recall()));
                        }
                    }
                    System.out.printf("%-45s ALL R %.3f N %.3f | old R %.3f N %.3f | new R %.3f N %.3f | low: %s%n", args[i], rep.recall(), rep.ndcg(),
                            oldR / Math.max(1, nOld), oldN / Math.max(1, nOld), newR / Math.max(1, nNew), newN / Math.max(1, nNew), zeros);
                }
                return;
            }
            if (args.length > 1 && args[1].equals("time")) {
                List<String> qs = List.of("Harbor", "container registry", "k8s upgrade", "Zitadel OIDC", "status page", "load balancer", "CAPI",
                        "flavor naming", "login for kubernetes clusters", "who maintains zuul", "backup", "Keycloak federation");
                for (int round = 0; round < 3; round++) {
                    for (String spec : List.of("k=5,vw=1,ms=0,rp=1", "k=5")) {
                        SearchService s = SearchServices.create(index, vocabulary, embedder, parse(spec), WhoWeights.defaults()).search();
                        List<Long> times = new ArrayList<>();
                        for (int i = 0; i < 240; i++) {
                            long t0 = System.nanoTime();
                            s.search(SearchRequest.of(qs.get(i % qs.size())));
                            times.add(System.nanoTime() - t0);
                        }
                        List<Long> tail = new ArrayList<>(times.subList(60, times.size()));
                        tail.sort(null);
                        System.out.printf("%-22s p50 %.2f ms p90 %.2f ms%n", spec, tail.get(tail.size() / 2) / 1e6, tail.get(tail.size() * 9 / 10) / 1e6);
                    }
                }
                return;
            }
            if (args.length > 1 && args[1].equals("q")) {
                for (int i = 2; i < args.length; i++) {
                    dump(index, services, queries, embedder, args[i]);
                }
                return;
            }
            RelevanceSuite.Report report = RelevanceSuite.run(services.search());
            boolean verbose = args.length > 1;
            for (RelevanceSuite.Result r : report.results()) {
                String q = r.c().query();
                List<Concept> related = services.search().relatedConcepts(q);
                Map<String, Integer> bm25 = index.withSearcher(s -> {
                    var text = queries.text(q, related);
                    return text.isEmpty() ? Map.<String, Integer>of() : meetingRanks(s, s.search(text.get().query(), 200).scoreDocs);
                });
                Map<String, Integer> vec = index.withSearcher(s -> meetingRanks(s,
                        ExactVectorSearch.top(s, PassageSchema.VECTOR, embedder.embed(queries.embeddingText(q, related)), 200, null)));
                StringBuilder line = new StringBuilder(String.format("%-42s R %.2f N %.2f |", q, r.recall(), r.ndcg()));
                for (String m : r.c().relevant()) {
                    line.append(String.format(" %s b%s v%s f%s;", m.replace(".md", ""), rank(bm25, m), rank(vec, m), r.top().indexOf(m)));
                }
                if (!related.isEmpty()) {
                    line.append(" concepts=").append(related.stream().map(Concept::label).toList());
                }
                System.out.println(line);
                if (verbose && r.recall() < 1) {
                    System.out.println("    top: " + r.top());
                }
            }
            System.out.printf("OVERALL recall %.3f nDCG %.3f%n", report.recall(), report.ndcg());
        }
    }

    private static void dump(PassageIndex index, SearchServices services, PassageQueries queries, MiniLmEmbedder embedder, String q) {
        List<Concept> related = services.search().relatedConcepts(q);
        System.out.println("== " + q + " concepts=" + related.stream().map(Concept::label).toList());
        ConceptEmbeddings ce = new ConceptEmbeddings(ConceptVocabulary.from(org.minutegraph.ontology.Vocabularies.tools()), embedder);
        String residual = queries.residualText(q);
        (residual.isBlank() ? List.<ConceptEmbeddings.Match>of() : ce.nearest(embedder.embed(residual), 0.3f, 6)).forEach(m -> System.out.printf("   ~ %.3f %s%n", m.similarity(), m.concept().label()));
        index.withSearcher(s -> {
            var text = queries.text(q, related);
            System.out.println("BM25 query: " + text.map(t -> t.query().toString()).orElse("-"));
            print(s, s.search(text.get().query(), 15).scoreDocs);
            System.out.println("VECTOR (" + queries.embeddingText(q) + ")");
            print(s, ExactVectorSearch.top(s, PassageSchema.VECTOR, embedder.embed(queries.embeddingText(q, related)), 15, null));
            return null;
        });
        System.out.println("FUSED");
        List<SearchHit> hits = services.search().search(SearchRequest.of(q).withPage(100, 0)).hits();
        for (int i = 0; i < hits.size(); i++) {
            SearchHit h = hits.get(i);
            if (i < 12 || System.getProperty("want", "").contains(h.sourcePath())) {
                System.out.printf("  %d %.4f %s | %s%n", i, h.score(), h.sourcePath(), h.heading());
            }
        }
    }

    private static void print(org.apache.lucene.search.IndexSearcher s, ScoreDoc[] docs) throws java.io.IOException {
        for (ScoreDoc d : docs) {
            var doc = s.storedFields().document(d.doc);
            System.out.printf("  %.4f %s | %s%n", d.score, doc.get(PassageSchema.SOURCE_PATH), doc.get(PassageSchema.HEADING_PATH));
        }
    }

    static SearchConfig parse(String spec) {
        Map<String, Float> v = new LinkedHashMap<>();
        for (String kv : spec.split(",")) {
            if (kv.contains("=")) {
                v.put(kv.split("=")[0], Float.parseFloat(kv.split("=")[1]));
            }
        }
        SearchConfig d = SearchConfig.defaults();
        return d.toBuilder().cacheSize(0)
                .rrfK(v.getOrDefault("k", (float) d.rrfK()).intValue()).vectorWeight(v.getOrDefault("vw", d.vectorWeight()))
                .meetingSupport(v.getOrDefault("ms", d.meetingSupport())).repeatPenalty(v.getOrDefault("rp", d.repeatPenalty()))
                .conceptSimilarity(v.getOrDefault("cs", d.conceptSimilarity())).maxConcepts(v.getOrDefault("mc", (float) d.maxConcepts()).intValue())
                .conceptBoost(v.getOrDefault("cb", d.conceptBoost()))
                .build();
    }

    private static String rank(Map<String, Integer> ranks, String m) {
        Integer r = ranks.get(m);
        return r == null ? "-" : String.valueOf(r);
    }

    /** Meeting → passage rank of its best passage, and meeting rank (counting distinct meetings). */
    private static Map<String, Integer> meetingRanks(org.apache.lucene.search.IndexSearcher s, ScoreDoc[] docs) throws java.io.IOException {
        Map<String, Integer> out = new LinkedHashMap<>();
        List<String> seen = new ArrayList<>();
        for (ScoreDoc d : docs) {
            String path = s.storedFields().document(d.doc).get(PassageSchema.SOURCE_PATH);
            if (!seen.contains(path)) {
                seen.add(path);
                out.put(path, seen.size() - 1);
            }
        }
        return out;
    }
}
