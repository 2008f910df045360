package org.minutegraph.ingest.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.minutegraph.ingest.model.IngestWarning;

/**
 * What one walk over a corpus found.
 *
 * @param root the corpus folder that was walked
 * @param files the minutes files, sorted by source path
 * @param warnings files that matched but were skipped (too big, unreadable), with the reason
 * @param commit the git commit the files were read at (HEAD), when the root is in a git repository
 */
public record SourceScan(Path root, List<MinutesFile> files, List<IngestWarning> warnings, Optional<String> commit) {
    public SourceScan {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(commit, "commit");
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }
}
