package org.minutegraph.ingest.store;

import java.nio.file.Path;
import java.util.Objects;

/** Where the parts of a store live inside its directory. */
public record StoreLayout(Path dir) {
    public StoreLayout {
        Objects.requireNonNull(dir, "dir");
        dir = dir.toAbsolutePath().normalize();
    }

    public Path tdb2() {
        return dir.resolve("tdb2");
    }

    public Path index() {
        return dir.resolve("index");
    }

    /** True when a store was ever written here. */
    public boolean exists() {
        return java.nio.file.Files.isDirectory(tdb2());
    }
}
