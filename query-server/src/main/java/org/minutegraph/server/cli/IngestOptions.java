package org.minutegraph.server.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.minutegraph.ingest.pipeline.CorpusSettings;
import org.minutegraph.ingest.pipeline.IngestConfig;
import org.minutegraph.ingest.source.SourceConfig;
import picocli.CommandLine.Option;

/** Options of an ingest, shared by {@code ingest} and {@code serve --minutes}. */
final class IngestOptions {

    @Option(names = "--vocabulary", paramLabel = "FILE.ttl", description = "An extra SKOS vocabulary of tools (repeatable).")
    List<Path> vocabularies = new ArrayList<>();

    @Option(names = "--series-labels", paramLabel = "FILE", description = "slug=Label properties or Turtle overriding derived series labels.")
    Path seriesLabels;

    @Option(names = "--github-owner", paramLabel = "OWNER",
            description = "Owner that short issue references such as standards#212 resolve to. Default: github.owner in the corpus's "
                    + "minutegraph.properties, else SovereignCloudStack")
    String githubOwner;

    @Option(names = "--organisation", paramLabel = "HANDLE", description = "A handle of a company or group, never a person (repeatable).")
    List<String> organisations = new ArrayList<>();

    @Option(names = "--source-url", paramLabel = "URL",
            description = "URL under which the minutes are published (e.g. https://github.com/ORG/minutes/blob/main/): links to it become meeting references (repeatable).")
    List<String> sourceUrls = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Extra files or folders to skip (repeatable), on top of README, LICENSE and templates.")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--no-embeddings", negatable = false, description = "Build a BM25-only index (fast); semantic search is then off.")
    boolean noEmbeddings;

    @Option(names = "--force", description = "Rewrite every file even if unchanged.")
    boolean force;

    @Option(names = "--max-warnings", defaultValue = "40", paramLabel = "N",
            description = "Print at most this many warnings of each ingest (also of each re-ingest with --watch). Default: ${DEFAULT-VALUE}")
    int maxWarnings = 40;

    IngestConfig config(Path minutes, StoreOptions store) {
        List<String> excl = new ArrayList<>(SourceConfig.DEFAULT_EXCLUDES);
        excl.addAll(excludes);
        SourceConfig source = SourceConfig.of(minutes).withExcludes(excl);
        IngestConfig config = new IngestConfig(source, store.layout(), store.iris(), vocabularies, Optional.ofNullable(seriesLabels),
                githubOwner == null ? "SovereignCloudStack" : githubOwner, sourceUrls, java.util.Set.copyOf(organisations),
                !noEmbeddings, force);
        return CorpusSettings.load(minutes).applyTo(config, githubOwner != null);
    }
}
