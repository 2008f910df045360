package org.minutegraph.server.catalog;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The catalog of the store as it is now: built on first use and again only when the store's
 * version (its generation, and the index snapshot that follows it) has changed, as after a
 * re-ingest. Every service of one store shares one of these, so all see the same catalog.
 */
public final class EntityCatalogs {

    private record Built(Object version, EntityCatalog catalog) {
    }

    private final Supplier<?> version;
    private final Supplier<EntityCatalog> build;
    private volatile Built current;

    /**
     * @param version what identifies the store's state (compared with {@code equals}); asked on every lookup, so cheap
     * @param build reads the names of the store as it is
     */
    public EntityCatalogs(Supplier<?> version, Supplier<EntityCatalog> build) {
        this.version = Objects.requireNonNull(version, "version");
        this.build = Objects.requireNonNull(build, "build");
    }

    /** The catalog of the store's current version. */
    public EntityCatalog current() {
        Object now = Objects.requireNonNull(version.get(), "version");
        Built built = current;
        if (built != null && built.version().equals(now)) {
            return built.catalog();
        }
        synchronized (this) {
            built = current;
            if (built == null || !built.version().equals(now)) {
                // read after the version: a catalog is never older than the version it is kept for
                built = new Built(now, build.get());
                current = built;
            }
            return built.catalog();
        }
    }
}
