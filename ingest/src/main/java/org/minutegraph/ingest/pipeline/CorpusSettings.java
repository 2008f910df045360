package org.minutegraph.ingest.pipeline;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Settings a corpus carries with it, in {@code minutegraph.properties} at its root, so that
 * {@code minutegraph ingest --minutes DIR} needs no flags for it:
 *
 * <pre>
 * github.owner=example-cloud                                          # short refs such as standards#212
 * source.url=https://github.com/example-cloud/minutes/blob/main/      # where the files are published
 * organisations=stackwerk, acme                                       # handles that are not people
 * </pre>
 */
public record CorpusSettings(Optional<String> githubOwner, List<String> sourceUrls, Set<String> organisations) {

    public static final String FILE = "minutegraph.properties";

    public CorpusSettings {
        sourceUrls = List.copyOf(sourceUrls);
        organisations = Set.copyOf(organisations);
    }

    /** The settings in {@code root/minutegraph.properties}, or none when there is no such file. */
    public static CorpusSettings load(Path root) {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new CorpusSettings(Optional.empty(), List.of(), Set.of());
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return new CorpusSettings(Optional.ofNullable(p.getProperty("github.owner")).map(String::strip).filter(s -> !s.isEmpty()),
                split(p.getProperty("source.url")), Set.copyOf(split(p.getProperty("organisations"))));
    }

    /** The config with these settings filled in where the config has none of its own. */
    public IngestConfig applyTo(IngestConfig config, boolean ownerGivenExplicitly) {
        IngestConfig c = config;
        if (!ownerGivenExplicitly && githubOwner.isPresent()) {
            c = c.withGithub(githubOwner.get(), c.minutesBaseUrls());
        }
        if (c.minutesBaseUrls().isEmpty() && !sourceUrls.isEmpty()) {
            c = c.withGithub(c.githubOwner(), sourceUrls);
        }
        if (!organisations.isEmpty()) {
            Set<String> all = new java.util.HashSet<>(c.organisations());
            all.addAll(organisations);
            c = c.withOrganisations(all);
        }
        return c;
    }

    private static List<String> split(String value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toList());
    }
}
