package org.minutegraph.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import org.minutegraph.ingest.model.Block;
import org.minutegraph.ingest.model.BlockKind;
import org.minutegraph.ingest.model.DocSection;

/** Navigation in a section's flat block list: the items a label block introduces. */
final class BlockTree {

    private BlockTree() {
    }

    /** Indexes of the blocks whose parent is {@code index}. */
    static List<Integer> children(DocSection section, int index) {
        List<Integer> out = new ArrayList<>();
        List<Block> blocks = section.blocks();
        for (int i = index + 1; i < blocks.size(); i++) {
            if (blocks.get(i).parent() == index) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * The items a label block ("Decisions:") introduces: its nested items, or, for a paragraph,
     * the top-level list items right after it.
     */
    static List<Integer> introduced(DocSection section, int index) {
        List<Integer> children = children(section, index);
        List<Block> blocks = section.blocks();
        if (!children.isEmpty() || blocks.get(index).kind() != BlockKind.PARAGRAPH) {
            return children;
        }
        List<Integer> out = new ArrayList<>();
        for (int i = index + 1; i < blocks.size() && blocks.get(i).kind() == BlockKind.LIST_ITEM; i++) {
            if (blocks.get(i).parent() == -1) {
                out.add(i);
            }
        }
        return out;
    }

    /** True when the block at {@code index} is {@code ancestor} or nested (at any depth) under it. */
    static boolean isWithin(DocSection section, int index, int ancestor) {
        int i = index;
        while (i >= 0) {
            if (i == ancestor) {
                return true;
            }
            int parent = section.blocks().get(i).parent();
            if (parent >= i) {
                return false;
            }
            i = parent;
        }
        return false;
    }
}
