package org.minutegraph.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.minutegraph.ingest.pipeline.IngestConfig;
import org.minutegraph.ingest.pipeline.IngestListener;
import org.minutegraph.ingest.pipeline.IngestReport;
import org.minutegraph.ingest.pipeline.Ingestor;
import org.minutegraph.ingest.store.StoreLayout;
import org.minutegraph.ingest.store.StoreReader;
import org.minutegraph.ingest.store.Trees;
import org.minutegraph.ontology.IriScheme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code minutegraph bench ingest}: times ingest on a copy of a corpus in temporary stores — fresh
 * stores, an unchanged re-ingest and a re-ingest after one file changed — and prints medians with
 * min–max, files/s, triples/s and the time of each stage. Times are in-process (no JVM start).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measures minutegraph (see: bench ingest --help).",
        subcommands = {BenchCommand.IngestBench.class, CrashBench.class, DigestCommand.class})
final class BenchCommand implements Runnable {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "Ingests --minutes into fresh temporary stores --runs times, then re-ingests it unchanged and with one "
                    + "file changed, and prints medians (min–max) of the total and of each stage.")
    static final class IngestBench implements Callable<Integer> {

        @Option(names = "--minutes", required = true, paramLabel = "DIR", description = "The minutes folder to measure with.")
        Path minutes;

        @Option(names = "--runs", defaultValue = "5", description = "Runs per scenario. Default: ${DEFAULT-VALUE}")
        int runs;

        @Option(names = "--embeddings", description = "Compute embeddings too (slow: the model runs on every passage).")
        boolean embeddings;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (runs < 1) {
                throw new IllegalArgumentException("--runs must be at least 1");
            }
            if (!Files.isDirectory(minutes)) {
                throw new IllegalArgumentException("The minutes folder " + minutes + " does not exist or is not a folder");
            }
            PrintWriter out = spec.commandLine().getOut();
            Path work = Files.createTempDirectory("minutegraph-bench");
            try {
                Path corpus = work.resolve("minutes");
                copyTree(minutes, corpus);
                out.printf("bench ingest: %s, %d runs, embeddings %s, %d processors%n", minutes, runs, embeddings ? "on" : "off",
                        Runtime.getRuntime().availableProcessors());
                out.flush();

                List<IngestReport> fresh = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    Path store = work.resolve("fresh-" + i);
                    fresh.add(ingest(corpus, store));
                    if (i == 0 && embeddings) {
                        long passages = passages(store);
                        long ms = fresh.get(0).stageMillis().getOrDefault("embedding", 0L);
                        out.printf("embedding: %,d passages in the index, %.0f passages/s (first run)%n", passages,
                                ms == 0 ? 0.0 : passages * 1000.0 / ms);
                    }
                    if (i < runs - 1) {
                        Trees.delete(store);
                    }
                }
                Path store = work.resolve("fresh-" + (runs - 1));
                out.printf("first run (cold JIT, closest to one CLI call): %.2f s%n", fresh.get(0).seconds());
                print(out, "fresh store", fresh);

                List<IngestReport> unchanged = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    unchanged.add(ingest(corpus, store));
                }
                print(out, "unchanged re-ingest", unchanged);

                Path changed = firstMinutesFile(corpus);
                List<IngestReport> oneChanged = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    // a new paragraph, so the file's graph and one passage (and its vector) change
                    Files.writeString(changed, "\n\nBench edit " + i + ": the group noted a change to this file.\n",
                            StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                    oneChanged.add(ingest(corpus, store));
                }
                print(out, "one file changed (" + corpus.relativize(changed) + ")", oneChanged);
            } finally {
                Trees.delete(work);
            }
            out.flush();
            return 0;
        }

        private IngestReport ingest(Path corpus, Path store) {
            StoreOptions storeOptions = new StoreOptions();
            storeOptions.store = store;
            storeOptions.base = org.minutegraph.ontology.MG.DEFAULT_BASE;
            IngestOptions options = new IngestOptions();
            options.noEmbeddings = !embeddings;
            IngestConfig config = options.config(corpus, storeOptions);
            return new Ingestor(config, IngestListener.SILENT).run();
        }
    }

    /** One scenario: total and per-stage medians with min–max, and throughput at the median. */
    static void print(PrintWriter out, String scenario, List<IngestReport> reports) {
        IngestReport last = reports.get(reports.size() - 1);
        double total = median(reports.stream().map(r -> r.seconds() * 1000).toList());
        out.printf("%s: %s ms (%d files, %d written, %,d triples in the store): %.0f files/s, %.0f triples written/s%n", scenario,
                spread(reports.stream().map(r -> r.seconds() * 1000).toList()), last.files(), last.written(), last.triples(),
                last.files() * 1000.0 / total, last.written() == last.files() ? last.triples() * 1000.0 / total : 0.0);
        Map<String, List<Double>> stages = new LinkedHashMap<>();
        for (IngestReport r : reports) {
            r.stageMillis().forEach((stage, ms) -> stages.computeIfAbsent(stage, k -> new ArrayList<>()).add(ms.doubleValue()));
        }
        stages.forEach((stage, ms) -> out.printf("  %-12s %s ms%n", stage, spread(ms)));
        out.flush();
    }

    /** "median (min–max)". */
    static String spread(List<Double> values) {
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return String.format("%.0f (%.0f–%.0f)", median(values), min, max);
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n == 0 ? 0 : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static long passages(Path store) {
        try (StoreReader reader = StoreReader.open(new StoreLayout(store), IriScheme.defaults())) {
            return reader.index().withSearcher(s -> s.getIndexReader().numDocs());
        }
    }

    private static Path firstMinutesFile(Path corpus) throws IOException {
        try (Stream<Path> files = Files.walk(corpus)) {
            return files.filter(p -> p.getFileName().toString().matches("\\d{4}-\\d{2}-\\d{2}\\.md")).sorted().findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No YYYY-MM-DD.md minutes file under " + corpus + " to change"));
        }
    }

    /** The corpus without its .git folder: the bench changes a file and must not touch the original. */
    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.filter(p -> !from.relativize(p).toString().startsWith(".git")).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
