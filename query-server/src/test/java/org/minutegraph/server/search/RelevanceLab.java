package org.minutegraph.server.search;

import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.search.ScoreDoc;
import org.minutegraph.ingest.index.Embedder;
import org.minutegraph.ingest.index.EmbeddingModel;
import org.minutegraph.ingest.index.MiniLmEmbedder;
import org.minutegraph.ingest.index.PassageIndex;
import org.minutegraph.ingest.index.PassageSchema;
import org.minutegraph.ingest.pipeline.IngestConfig;
import org.minutegraph.ingest.pipeline.IngestListener;
import org.minutegraph.ingest.pipeline.IngestReport;
import org.minutegraph.ingest.pipeline.Ingestor;
import org.minutegraph.ingest.store.StoreLayout;
import org.minutegraph.ontology.Vocabularies;

/**
 * Run by hand on a store of the real corpus with embeddings (not a test): scores the relevance set in lexical
 * and hybrid mode and prints recall@10, nDCG@10 and MRR per kind, tuned and held out, then the worst tuned queries (held-out ones are never listed);
 * {@code q QUERY...} dumps the BM25, vector and fused lists of single queries. {@code --model NAME} (minilm, e5-small,
 * bge-small) searches with that model; {@code --ingest CORPUS} first ingests CORPUS into the new STORE with it and prints
 * how long that took (the corpus's embedding cost, two embedding threads).
 *
 * <pre>java --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
 *     -cp query-server/target/classes:query-server/target/test-classes:CLASSPATH \
 *     org.minutegraph.server.search.RelevanceLab STORE [--model NAME] [--ingest CORPUS] [all | worst N | q QUERY...]</pre>
 */
public final class RelevanceLab {

    public static void main(String[] args) throws Exception {
        List<String> rest = new java.util.ArrayList<>(List.of(args));
        if (rest.isEmpty()) {
            throw new IllegalArgumentException("usage: RelevanceLab STORE [--model NAME] [--ingest CORPUS] [all | worst N | q QUERY...]");
        }
        Path store = Path.of(rest.remove(0));
        EmbeddingModel model = EmbeddingModel.named(option(rest, "--model", "minilm"));
        String corpus = option(rest, "--ingest", null);
        args = rest.toArray(String[]::new);
        try (Embedder embedder = MiniLmEmbedder.load(model, 2)) {
            if (corpus != null) {
                long t0 = System.nanoTime();
                IngestReport report = new Ingestor(IngestConfig.of(Path.of(corpus), store).withGithub("SovereignCloudStack",
                        List.of(org.minutegraph.server.TestStores.SCS_SOURCE_URL)).withEmbeddings(true), IngestListener.SILENT, embedder).run();
                System.out.printf("ingest with %s: %.1f s (%s)%n", model.id(), (System.nanoTime() - t0) / 1e9, report);
            }
            lab(store, embedder, args);
        }
    }

    private static String option(List<String> args, String name, String fallback) {
        int at = args.indexOf(name);
        if (at < 0) {
            return fallback;
        }
        args.remove(at);
        return args.remove(at);
    }

    private static void lab(Path store, Embedder embedder, String[] args) throws Exception {
        try (PassageIndex index = PassageIndex.open(new StoreLayout(store).index())) {
            ConceptVocabulary vocabulary = ConceptVocabulary.from(Vocabularies.tools());
            SearchConfig config = SearchConfig.builder().cacheSize(0).build();
            SearchServices hybrid = SearchServices.create(index, vocabulary, embedder, config, WhoWeights.defaults());
            if (args.length > 0 && args[0].equals("q")) {
                PassageQueries queries = new PassageQueries(vocabulary, config);
                for (int i = 1; i < args.length; i++) {
                    dump(index, hybrid, queries, embedder, args[i]);
                }
                return;
            }
            RelevanceSet set = RelevanceSet.load();
            SearchServices lexical = SearchServices.create(index, vocabulary, Embedder.none(), config, WhoWeights.defaults());
            System.out.print(RelevanceSuite.run(lexical.search(), set).table("lexical"));
            RelevanceSuite.Report report = RelevanceSuite.run(hybrid.search(), set);
            System.out.print(report.table("hybrid " + embedder.modelId()));
            int worst = args.length > 0 && args[0].equals("all") ? report.results().size()
                    : args.length > 1 && args[0].equals("worst") ? Integer.parseInt(args[1]) : 15;
            for (RelevanceSuite.Result r : report.worst(worst)) {
                System.out.printf("  %.2f %-10s %-7s %-55s want %s got %s%n", r.ndcg(), r.query().kind(), r.query().heldOut() ? "heldout" : "tuned",
                        r.query().text(), r.query().gradeByMeeting().keySet(), r.top().stream().distinct().limit(5).toList());
            }
        }
    }

    private static void dump(PassageIndex index, SearchServices services, PassageQueries queries, Embedder embedder, String q) {
        List<Concept> related = services.search().relatedConcepts(q);
        System.out.println("== " + q + " concepts=" + related.stream().map(Concept::label).toList());
        index.withSearcher(s -> {
            var text = queries.text(q, related);
            System.out.println("BM25 " + text.map(t -> t.query().toString()).orElse("-"));
            if (text.isPresent()) {
                print(s, s.search(text.get().query(), 10).scoreDocs);
            }
            System.out.println("VECTOR (" + queries.embeddingText(q, related) + ")");
            print(s, ExactVectorSearch.top(s, PassageSchema.VECTOR, embedder.embedQuery(queries.embeddingText(q, related)), 10, null));
            return null;
        });
        System.out.println("FUSED");
        for (SearchHit h : services.search().search(SearchRequest.of(q).withPage(10, 0)).hits()) {
            System.out.printf("  %.4f %s:%d | %s%n", h.score(), h.sourcePath(), h.startLine(), h.heading());
        }
    }

    private static void print(org.apache.lucene.search.IndexSearcher s, ScoreDoc[] docs) throws java.io.IOException {
        for (ScoreDoc d : docs) {
            var doc = s.storedFields().document(d.doc);
            System.out.printf("  %.4f %s | %s%n", d.score, doc.get(PassageSchema.SOURCE_PATH), doc.get(PassageSchema.HEADING_PATH));
        }
    }
}
