package org.minutegraph.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.minutegraph.ingest.store.Trees;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code minutegraph bench crash}: kills {@code ingest} with SIGKILL at points spread over its whole
 * run, fresh and incremental, then checks what a reader finds (no store, the store before, the store
 * after — never anything else) and that the next ingest repairs it to what a clean ingest writes.
 * Every ingest and every check runs in a JVM of its own, as a user's would.
 */
@Command(name = "crash", mixinStandardHelpOptions = true,
        description = "Kills ingest at --runs points of a fresh and of an incremental ingest and checks that every store is "
                + "readable as before or after, and repaired by the next ingest to what a clean ingest gives.")
final class CrashBench implements Callable<Integer> {

    @Option(names = "--minutes", required = true, paramLabel = "DIR", description = "The minutes folder to ingest.")
    Path minutes;

    @Option(names = "--runs", defaultValue = "15", description = "Kill points per scenario. Default: ${DEFAULT-VALUE}")
    int runs;

    @Option(names = "--embeddings", description = "Ingest with embeddings (the model runs in every ingest).")
    boolean embeddings;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** One kill and what it left. */
    record Outcome(String scenario, long killMillis, String afterKill, boolean allowed, boolean repaired) {
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1");
        }
        if (!Files.isDirectory(minutes)) {
            throw new IllegalArgumentException("The minutes folder " + minutes + " does not exist or is not a folder");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("minutegraph-crash");
        try {
            List<Outcome> outcomes = run(work, out);
            long consistent = outcomes.stream().filter(o -> o.allowed() && o.repaired()).count();
            out.printf("%d of %d kills consistent (a reader found no store, the store before or the store after, "
                    + "and the next ingest repaired it)%n", consistent, outcomes.size());
            out.flush();
            return consistent == outcomes.size() ? 0 : 1;
        } finally {
            Trees.delete(work);
        }
    }

    private List<Outcome> run(Path work, PrintWriter out) throws IOException, InterruptedException {
        JvmRunner jvm = new JvmRunner(work.resolve("crash-logs"), embeddings);
        Path before = work.resolve("minutes-before");
        Path after = work.resolve("minutes-after");
        BenchCommand.copyTree(minutes, before);
        BenchCommand.copyTree(minutes, after);
        change(after);

        // What clean ingests write, and how long they take (the kill points are spread over that).
        Path reference = work.resolve("reference");
        long freshMillis = jvm.ingest(before, reference, embeddings).millis();
        String beforeDigest = jvm.digest(reference);
        long incrementalMillis = jvm.ingest(after, reference, embeddings).millis();
        String afterDigest = jvm.digest(reference);
        out.printf("bench crash: %s, embeddings %s; clean fresh ingest %d ms, incremental %d ms (JVM start included)%n",
                minutes, embeddings ? "on" : "off", freshMillis, incrementalMillis);
        out.printf("%-12s %8s  %-40s %s%n", "scenario", "kill ms", "a reader found", "repaired");
        out.flush();

        List<Outcome> outcomes = new ArrayList<>();
        Path store = work.resolve("store");
        for (int i = 0; i < runs; i++) {
            long at = freshMillis * (2L * i + 1) / (2L * runs);
            Trees.delete(store);
            outcomes.add(check(jvm, "fresh", at, before, store, Map.of(DigestCommand.NO_STORE, "no store", beforeDigest, "the store after"),
                    beforeDigest, out));
        }
        Path base = work.resolve("base");
        jvm.ingest(before, base, embeddings);
        for (int i = 0; i < runs; i++) {
            long at = incrementalMillis * (2L * i + 1) / (2L * runs);
            Trees.delete(store);
            BenchCommand.copyTree(base, store);
            outcomes.add(check(jvm, "incremental", at, after, store, Map.of(beforeDigest, "the store before", afterDigest, "the store after"),
                    afterDigest, out));
        }
        return outcomes;
    }

    private Outcome check(JvmRunner jvm, String scenario, long at, Path corpus, Path store, Map<String, String> allowed, String clean,
                          PrintWriter out) throws IOException, InterruptedException {
        jvm.ingestKilledAfter(corpus, store, embeddings, at);
        String found = jvm.digest(store);
        // A store whose halves disagree is refused with a repair message: allowed, the next ingest repairs it.
        boolean ok = allowed.containsKey(found) || found.startsWith("refused: inconsistent");
        jvm.ingest(corpus, store, embeddings);
        boolean repaired = jvm.digest(store).equals(clean);
        String shown = allowed.getOrDefault(found, found);
        out.printf("%-12s %8d  %-40s %s%n", scenario, at, shown.length() > 40 ? shown.substring(0, 40) : shown,
                repaired ? "yes" : "NO");
        out.flush();
        return new Outcome(scenario, at, found, ok, repaired);
    }

    /** Changes a copy of the corpus as a week of minutes would: files edited, one removed, one added. */
    private static void change(Path corpus) throws IOException {
        List<Path> files;
        try (var walk = Files.walk(corpus)) {
            files = walk.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted().toList();
        }
        if (files.size() < 3) {
            throw new IllegalArgumentException("--minutes needs at least three minutes files");
        }
        for (int i = 0; i < files.size(); i += Math.max(1, files.size() / 20)) {
            Files.writeString(files.get(i), "\n\n## Crash test\n\n- The group agreed to keep testing interruptions.\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
        Files.delete(files.get(files.size() - 1));
        Path added = files.get(0).resolveSibling("2099-01-01.md");
        Files.writeString(added, "# Crash test meeting 2099-01-01\n\n## Participants\n\n- @crash-tester\n\n## Notes\n\n"
                + "The store must survive every kill.\n", StandardCharsets.UTF_8);
    }

    /** Runs minutegraph commands in JVMs of their own, on this JVM's class path. */
    static final class JvmRunner {
        private final Path crashLogs;
        private final boolean vectors;

        /** {@code vectors}: runs that embed get C2 and the vector module; the others start faster without (as the launcher does). */
        JvmRunner(Path crashLogs, boolean vectors) {
            this.crashLogs = crashLogs;
            this.vectors = vectors;
        }

        record Run(int exit, long millis, String output) {
        }

        Run ingest(Path corpus, Path store, boolean embeddings) throws IOException, InterruptedException {
            Run run = run(ingestArgs(corpus, store, embeddings), -1);
            if (run.exit() != 0) {
                throw new IllegalStateException("ingest of " + corpus + " into " + store + " failed (exit " + run.exit() + "): "
                        + run.output());
            }
            return run;
        }

        void ingestKilledAfter(Path corpus, Path store, boolean embeddings, long millis) throws IOException, InterruptedException {
            run(ingestArgs(corpus, store, embeddings), millis);
        }

        /** The store's digest as {@code bench digest} prints it: "graph index", "no store" or "refused: ...". */
        String digest(Path store) throws IOException, InterruptedException {
            String[] lines = run(List.of("bench", "digest", "--store", store.toString()), -1).output().strip().split("\n");
            return lines[lines.length - 1].strip(); // the JVM and libraries may warn on the lines before

        }

        private static List<String> ingestArgs(Path corpus, Path store, boolean embeddings) {
            List<String> args = new ArrayList<>(List.of("ingest", "--minutes", corpus.toString(), "--store", store.toString()));
            if (!embeddings) {
                args.add("--no-embeddings");
            }
            return args;
        }

        /** Runs the command; with {@code killAfterMillis} >= 0, kills it (SIGKILL) that long after the start. */
        private Run run(List<String> args, long killAfterMillis) throws IOException, InterruptedException {
            Files.createDirectories(crashLogs);
            List<String> command = new ArrayList<>();
            command.add(ProcessHandle.current().info().command().orElse("java"));
            command.add("--enable-native-access=ALL-UNNAMED");
            if (vectors) {
                command.add("--add-modules=jdk.incubator.vector");
            } else {
                command.add("-XX:TieredStopAtLevel=1");
            }
            command.add("-XX:ErrorFile=" + crashLogs.resolve("hs_err_pid%p.log"));
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(MinutegraphCommand.class.getName());
            command.addAll(args);
            Path output = Files.createTempFile(crashLogs, "out", ".txt");
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (killAfterMillis >= 0 && !p.waitFor(killAfterMillis, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
            }
            int exit = p.waitFor();
            long millis = (System.nanoTime() - start) / 1_000_000;
            String text = Files.readString(output, StandardCharsets.UTF_8);
            Files.delete(output);
            return new Run(exit, millis, text);
        }
    }
}
