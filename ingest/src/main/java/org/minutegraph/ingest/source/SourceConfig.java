package org.minutegraph.ingest.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where minutes are and which files count as minutes.
 *
 * <p>Globs are matched against the path relative to the root with '/' separators. A glob without
 * '/' matches a file or folder name at any depth ({@code README*}); {@code **}{@code /} matches zero or
 * more folders. Matching is case-sensitive. Excluded folders are not descended into.
 *
 * @param root the corpus folder
 * @param includes globs a file must match to be read
 * @param excludes globs that drop a file or folder even when included
 * @param maxFileBytes files larger than this are reported and skipped, never loaded
 */
public record SourceConfig(Path root, List<String> includes, List<String> excludes, long maxFileBytes) {

    /** Markdown files. */
    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.md", "**/*.markdown");

    /** Repository furniture, templates, hidden and underscore-prefixed files and folders. */
    public static final List<String> DEFAULT_EXCLUDES = List.of(
            "README*", "readme*", "LICENSE*", "LICENCE*", "CONTRIBUTING*", "SOURCE*", "CHANGELOG*",
            "CODE_OF_CONDUCT*", "SECURITY*", "**/template*", "**/*template*.md", "**/.*", "**/_*",
            "node_modules");

    /** 5 MB: far above any real minutes file, low enough to keep a stray dump out of memory. */
    public static final long DEFAULT_MAX_FILE_BYTES = 5L * 1024 * 1024;

    public SourceConfig {
        Objects.requireNonNull(root, "root");
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        if (includes.isEmpty()) {
            throw new IllegalArgumentException("at least one include glob is needed, e.g. **/*.md");
        }
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
        }
    }

    /** The defaults for a corpus folder. */
    public static SourceConfig of(Path root) {
        return new SourceConfig(root, DEFAULT_INCLUDES, DEFAULT_EXCLUDES, DEFAULT_MAX_FILE_BYTES);
    }

    public SourceConfig withIncludes(List<String> newIncludes) {
        return new SourceConfig(root, newIncludes, excludes, maxFileBytes);
    }

    public SourceConfig withExcludes(List<String> newExcludes) {
        return new SourceConfig(root, includes, newExcludes, maxFileBytes);
    }

    public SourceConfig withMaxFileBytes(long newMax) {
        return new SourceConfig(root, includes, excludes, newMax);
    }
}
