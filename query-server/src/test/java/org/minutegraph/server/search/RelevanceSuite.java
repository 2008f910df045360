package org.minutegraph.server.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Scores a search service on a {@link RelevanceSet}: per query recall@10, graded nDCG@10 and reciprocal
 * rank over the top 10 hits, each meeting counted once, at its first hit; then means per kind, tuned and
 * held out.
 */
final class RelevanceSuite {

    static final int DEPTH = 10;

    /** @param top the source paths of the top hits, in rank order (a meeting may repeat) */
    record Result(RelevanceSet.Query query, double recall, double ndcg, double reciprocalRank, List<String> top) {
        boolean missed() {
            return reciprocalRank == 0;
        }
    }

    record Report(List<Result> results) {

        double mean(RelevanceSet.Kind kind, boolean heldOut, ToDoubleFunction<Result> metric) {
            return of(kind, heldOut).stream().mapToDouble(metric).average().orElse(Double.NaN);
        }

        List<Result> of(RelevanceSet.Kind kind, boolean heldOut) {
            return results.stream().filter(r -> r.query().kind() == kind && r.query().heldOut() == heldOut).toList();
        }

        /** One row per kind and split: queries, recall@10, nDCG@10, MRR, and the share with no relevant hit in the top 10. */
        String table(String label) {
            StringBuilder out = new StringBuilder(String.format("%-22s %-8s %4s %8s %8s %8s %8s%n", label, "split", "n", "R@10", "nDCG@10", "MRR", "missed"));
            for (RelevanceSet.Kind kind : RelevanceSet.Kind.values()) {
                for (boolean heldOut : new boolean[] {false, true}) {
                    List<Result> rows = of(kind, heldOut);
                    out.append(String.format("%-22s %-8s %4d %8.3f %8.3f %8.3f %7.0f%%%n", kind.name().toLowerCase(java.util.Locale.ROOT),
                            heldOut ? "heldout" : "tuned", rows.size(), mean(kind, heldOut, Result::recall), mean(kind, heldOut, Result::ndcg),
                            mean(kind, heldOut, Result::reciprocalRank), 100.0 * rows.stream().filter(Result::missed).count() / Math.max(1, rows.size())));
                }
            }
            return out.toString();
        }

        /** The {@code n} queries with the lowest nDCG@10, worst first. */
        /** The {@code n} worst tuned queries: the held-out ones are scored, never shown, so nobody tunes on them. */
        List<Result> worst(int n) {
            return results.stream().filter(r -> !r.query().heldOut()).sorted(Comparator.comparingDouble(Result::ndcg).thenComparing(r -> r.query().text())).limit(n).toList();
        }
    }

    private RelevanceSuite() {
    }

    static Report run(SearchService search, RelevanceSet set) {
        List<Result> results = new ArrayList<>();
        for (RelevanceSet.Query q : set.queries()) {
            List<String> top = search.search(SearchRequest.of(q.text()).withPage(DEPTH, 0)).hits().stream().map(SearchHit::sourcePath).toList();
            results.add(score(q, top));
        }
        return new Report(List.copyOf(results));
    }

    static Result score(RelevanceSet.Query q, List<String> top) {
        Map<String, Integer> grades = q.gradeByMeeting();
        Set<String> seen = new HashSet<>();
        double dcg = 0;
        double reciprocalRank = 0;
        int found = 0;
        for (int i = 0; i < Math.min(DEPTH, top.size()); i++) {
            int grade = seen.add(top.get(i)) ? grades.getOrDefault(top.get(i), 0) : 0;
            if (grade > 0) {
                dcg += gain(grade, i);
                found++;
                if (reciprocalRank == 0) {
                    reciprocalRank = 1.0 / (i + 1);
                }
            }
        }
        List<Integer> ideal = grades.values().stream().filter(g -> g > 0).sorted(Comparator.reverseOrder()).toList();
        double idealDcg = 0;
        for (int i = 0; i < Math.min(DEPTH, ideal.size()); i++) {
            idealDcg += gain(ideal.get(i), i);
        }
        double recall = ideal.isEmpty() ? 0 : found / (double) ideal.size();
        return new Result(q, recall, idealDcg == 0 ? 0 : dcg / idealDcg, reciprocalRank, top);
    }

    private static double gain(int grade, int rank) {
        return (Math.pow(2, grade) - 1) / (Math.log(rank + 2) / Math.log(2));
    }
}
