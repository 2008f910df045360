package org.minutegraph.ingest.source;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What one {@link GitCheckout#sync} did.
 *
 * @param workTree the checked-out files of the branch head, the folder to ingest
 * @param previous the commit the checkout was at before, empty for a new clone
 * @param head the commit it is at now
 * @param rewritten true when the previous commit is not an ancestor of the head (a force push or
 *     rewritten history): the store should be rebuilt from the head
 * @param filesChanged files git's diff (with renames) finds between the two commits; every file for a new clone
 */
public record GitSync(Path workTree, Optional<String> previous, String head, boolean rewritten, int filesChanged) {

    public GitSync {
        Objects.requireNonNull(workTree, "workTree");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(head, "head");
    }

    /** True when the head moved (or the clone is new). */
    public boolean changed() {
        return previous.filter(head::equals).isEmpty();
    }

    /** The commit range for a log line: {@code abc1234..def5678}, or the head alone for a new clone. */
    public String range() {
        String to = head.substring(0, Math.min(7, head.length()));
        return previous.map(p -> p.substring(0, Math.min(7, p.length())) + ".." + to).orElse(to);
    }
}
