package org.minutegraph.ingest.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/** Where the test corpora are: the sample in data/ and the real one in ../shared. */
public final class Corpora {

    private Corpora() {
    }

    public static Path repo() {
        String prop = System.getProperty("minutegraph.repo");
        Path start = prop != null ? Path.of(prop) : Path.of("").toAbsolutePath();
        for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("data")) && Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("ingest"))) {
                return p;
            }
        }
        throw new IllegalStateException("Cannot find the repository root from " + start);
    }

    public static Path sample() {
        return repo().resolve("data");
    }

    /** The real SCS corpus; skips the calling test with a clear message when ../shared is absent. */
    public static Path real() {
        Path real = repo().resolve("../shared/corpus/scs-minutes").normalize();
        Assumptions.assumeTrue(Files.isDirectory(real),
                "Skipped: the real corpus is not at " + real + " (../shared is present in CI and developer checkouts only)");
        return real;
    }
}
