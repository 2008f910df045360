package org.minutegraph.server;

import java.nio.file.Path;
import java.util.List;

import org.minutegraph.ingest.pipeline.Corpora;
import org.minutegraph.ingest.pipeline.CorpusSettings;
import org.minutegraph.ingest.pipeline.IngestConfig;
import org.minutegraph.ingest.pipeline.IngestListener;
import org.minutegraph.ingest.pipeline.IngestReport;
import org.minutegraph.ingest.pipeline.Ingestor;

/**
 * Stores the query-server tests share: the sample corpus and the real corpus, ingested by the real
 * pipeline (with embeddings) once per build into {@code target/}, and brought up to date
 * incrementally when a test JVM finds them there already.
 */
public final class TestStores {

    public static final String SCS_SOURCE_URL = "https://github.com/SovereignCloudStack/minutes/blob/main/";

    private static Path sample;
    private static Path real;
    private static Path realLexical;

    private TestStores() {
    }

    public static Path repo() {
        return Corpora.repo();
    }

    /** The sample corpus in data/, with embeddings. */
    public static synchronized Path sample() {
        if (sample == null) {
            Path data = repo().resolve("data");
            Path dir = repo().resolve("query-server/target/test-stores/sample");
            ingest(CorpusSettings.load(data).applyTo(IngestConfig.of(data, dir), false).withEmbeddings(true));
            sample = dir;
        }
        return sample;
    }

    /** The real SCS corpus, with embeddings; skips the calling test where ../shared is absent. */
    public static synchronized Path real() {
        Path corpus = Corpora.real();
        if (real == null) {
            Path dir = repo().resolve("query-server/target/test-stores/real");
            ingest(IngestConfig.of(corpus, dir).withGithub("SovereignCloudStack", List.of(SCS_SOURCE_URL)).withEmbeddings(true));
            real = dir;
        }
        return real;
    }

    /** The real SCS corpus without embeddings (quicker to make), for tests of the graph alone; skips like {@link #real()}. */
    public static synchronized Path realLexical() {
        Path corpus = Corpora.real();
        if (realLexical == null) {
            Path dir = repo().resolve("query-server/target/test-stores/real-lexical");
            ingest(IngestConfig.of(corpus, dir).withGithub("SovereignCloudStack", List.of(SCS_SOURCE_URL)).withEmbeddings(false));
            realLexical = dir;
        }
        return realLexical;
    }

    private static IngestReport ingest(IngestConfig config) {
        return new Ingestor(config, IngestListener.SILENT).run();
    }
}
