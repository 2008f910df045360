package org.minutegraph.ingest.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.minutegraph.ingest.source.SourceConfig;
import org.minutegraph.ingest.store.StoreLayout;
import org.minutegraph.ontology.IriScheme;

/**
 * Everything one ingest needs to know, with defaults in {@link #of(Path, Path)}.
 *
 * @param source where the minutes are and which files count
 * @param store where the store lives
 * @param iris how IRIs are minted
 * @param vocabularyFiles extra SKOS vocabularies (Turtle) added to the built-in tools
 * @param seriesLabels a .properties or Turtle file overriding derived series labels; when empty,
 *     {@code series.properties} in the minutes folder is used if present
 * @param githubOwner owner that short issue references ({@code standards#212}) resolve to
 * @param minutesBaseUrls URLs under which the minutes are published; links to them resolve to meetings
 * @param organisations handles of companies and groups, which are never people
 * @param embeddings compute sentence embeddings for semantic search
 * @param force rewrite every file even if unchanged
 */
public record IngestConfig(
        SourceConfig source,
        StoreLayout store,
        IriScheme iris,
        List<Path> vocabularyFiles,
        Optional<Path> seriesLabels,
        String githubOwner,
        List<String> minutesBaseUrls,
        java.util.Set<String> organisations,
        boolean embeddings,
        boolean force) {

    public IngestConfig {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(iris, "iris");
        Objects.requireNonNull(seriesLabels, "seriesLabels");
        Objects.requireNonNull(githubOwner, "githubOwner");
        vocabularyFiles = List.copyOf(vocabularyFiles);
        minutesBaseUrls = List.copyOf(minutesBaseUrls);
        organisations = java.util.Set.copyOf(organisations);
    }

    /** Defaults: built-in vocabulary, derived series labels, no embeddings. */
    public static IngestConfig of(Path minutes, Path store) {
        return new IngestConfig(SourceConfig.of(minutes), new StoreLayout(store), IriScheme.defaults(), List.of(),
                Optional.empty(), "SovereignCloudStack", List.of(), java.util.Set.of(), false, false);
    }

    public IngestConfig withEmbeddings(boolean on) {
        return new IngestConfig(source, store, iris, vocabularyFiles, seriesLabels, githubOwner, minutesBaseUrls, organisations, on, force);
    }

    public IngestConfig withGithub(String owner, List<String> baseUrls) {
        return new IngestConfig(source, store, iris, vocabularyFiles, seriesLabels, owner, baseUrls, organisations, embeddings, force);
    }

    public IngestConfig withForce(boolean on) {
        return new IngestConfig(source, store, iris, vocabularyFiles, seriesLabels, githubOwner, minutesBaseUrls, organisations, embeddings, on);
    }

    public IngestConfig withOrganisations(java.util.Set<String> handles) {
        return new IngestConfig(source, store, iris, vocabularyFiles, seriesLabels, githubOwner, minutesBaseUrls, handles, embeddings, force);
    }
}
