package org.minutegraph.server.web;

import java.nio.file.Files;
import java.nio.file.Path;

import org.minutegraph.ingest.pipeline.CorpusSettings;
import org.minutegraph.ingest.pipeline.IngestConfig;
import org.minutegraph.ingest.pipeline.IngestListener;
import org.minutegraph.ingest.pipeline.Ingestor;

/** Stores for the web tests: the sample corpus in data/, or any minutes folder, ingested lexical-only. */
final class SampleStore {

    /** Where the sample corpus is, from the module directory or the repository root. */
    static Path sampleCorpus() {
        for (Path p : new Path[] {Path.of("../data"), Path.of("data")}) {
            if (Files.isRegularFile(p.resolve("README.md")) && Files.isDirectory(p.resolve("container"))) {
                return p.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("The sample corpus (data/) is not next to " + Path.of("").toAbsolutePath());
    }

    /** Ingests {@code minutes} (with its minutegraph.properties) into a new store at {@code store}. */
    static Path ingest(Path minutes, Path store) {
        return ingest(minutes, store, false);
    }

    /** The same, with {@code --force} when {@code force}: a rebuild into a new data directory of an existing store. */
    static Path ingest(Path minutes, Path store, boolean force) {
        IngestConfig config = CorpusSettings.load(minutes).applyTo(IngestConfig.of(minutes, store), false).withForce(force);
        new Ingestor(config, IngestListener.SILENT).run();
        return store;
    }

    private SampleStore() {
    }
}
