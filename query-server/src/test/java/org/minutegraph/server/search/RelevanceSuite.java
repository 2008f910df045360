package org.minutegraph.server.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code search/relevance.tsv} against a search service: recall@10 and nDCG@10 (binary
 * relevance by meeting) per query and overall, printed as a table; the queries above the file's
 * "# held out" line are compared with the thresholds in its header, those below are only reported.
 */
final class RelevanceSuite {

    /** @param heldOut a row below the file's "# held out" line: a query no ranking setting was chosen on */
    record Case(String query, Set<String> relevant, boolean heldOut) {
    }

    record Result(Case c, double recall, double ndcg, List<String> top) {
    }

    record Report(List<Result> results, double recall, double ndcg, double minRecall, double minNdcg) {
        /** The thresholds hold for the queries above the held-out line; held-out queries are reported, not gated. */
        boolean passes() {
            return mean(false, Result::recall) >= minRecall && mean(false, Result::ndcg) >= minNdcg;
        }

        double mean(boolean heldOut, java.util.function.ToDoubleFunction<Result> metric) {
            return results.stream().filter(r -> r.c().heldOut() == heldOut).mapToDouble(metric).average().orElse(0);
        }

        String table() {
            StringBuilder out = new StringBuilder(String.format("%-40s %8s %8s%n", "query", "recall", "nDCG"));
            for (Result r : results) {
                out.append(String.format("%-40s %8.2f %8.2f%n", r.c().query(), r.recall(), r.ndcg()));
            }
            out.append(String.format("%-40s %8.2f %8.2f%n", "OVERALL", recall, ndcg));
            for (boolean heldOut : new boolean[] {false, true}) {
                long n = results.stream().filter(r -> r.c().heldOut() == heldOut).count();
                out.append(String.format("%-40s %8.2f %8.2f   (%d queries%s)%n", heldOut ? "  held out" : "  tuned on", mean(heldOut, Result::recall),
                        mean(heldOut, Result::ndcg), n, heldOut ? ", not gated" : String.format(", thresholds %.2f / %.2f", minRecall, minNdcg)));
            }
            return out.toString();
        }
    }

    private static final Pattern THRESHOLD = Pattern.compile("recall@10 >= ([0-9.]+) and nDCG@10 >= ([0-9.]+)");

    private RelevanceSuite() {
    }

    static Report run(SearchService search) throws IOException {
        String tsv;
        try (InputStream in = RelevanceSuite.class.getResourceAsStream("/search/relevance.tsv")) {
            tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        double minRecall = 0;
        double minNdcg = 0;
        List<Case> cases = new ArrayList<>();
        boolean heldOut = false;
        for (String line : tsv.split("\n")) {
            Matcher t = THRESHOLD.matcher(line);
            if (line.startsWith("#")) {
                heldOut |= line.startsWith("# held out");
                if (t.find()) {
                    minRecall = Double.parseDouble(t.group(1));
                    minNdcg = Double.parseDouble(t.group(2));
                }
            } else if (!line.isBlank()) {
                String[] parts = line.split("\t");
                cases.add(new Case(parts[0], new LinkedHashSet<>(List.of(parts[1].split(","))), heldOut));
            }
        }
        List<Result> results = new ArrayList<>();
        for (Case c : cases) {
            List<String> top = search.search(SearchRequest.of(c.query()).withPage(10, 0)).hits().stream().map(SearchHit::sourcePath).toList();
            results.add(new Result(c, recall(c.relevant(), top), ndcg(c.relevant(), top), top));
        }
        double recall = results.stream().mapToDouble(Result::recall).average().orElse(0);
        double ndcg = results.stream().mapToDouble(Result::ndcg).average().orElse(0);
        return new Report(results, recall, ndcg, minRecall, minNdcg);
    }

    static double recall(Set<String> relevant, List<String> top) {
        return relevant.stream().filter(top::contains).count() / (double) relevant.size();
    }

    /** Each relevant meeting counts once, at its best rank. */
    static double ndcg(Set<String> relevant, List<String> top) {
        double dcg = 0;
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < top.size(); i++) {
            if (relevant.contains(top.get(i)) && seen.add(top.get(i))) {
                dcg += 1 / (Math.log(i + 2) / Math.log(2));
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(relevant.size(), 10); i++) {
            ideal += 1 / (Math.log(i + 2) / Math.log(2));
        }
        return dcg / ideal;
    }
}
