package org.minutegraph.ingest.index;

import java.util.List;

import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexDeletionPolicy;

/**
 * Keeps the last commit and the one before it. The store commits the index before the graph: when
 * the graph's commit fails after the index's, the commit before the last is still the index of the
 * graph's generation, and readers and the next update open that one.
 */
final class KeepPreviousCommitPolicy extends IndexDeletionPolicy {

    @Override
    public void onInit(List<? extends IndexCommit> commits) {
        onCommit(commits);
    }

    @Override
    public void onCommit(List<? extends IndexCommit> commits) {
        for (int i = 0; i < commits.size() - 2; i++) {
            commits.get(i).delete();
        }
    }
}
