package org.minutegraph.server.catalog;

import java.util.Objects;

/** One name a user may type for an entity, as written (the catalog folds it), and how it names it. */
public record EntityName(String name, Entity entity, NameSource source) {
    public EntityName {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(source, "source");
    }
}
