package org.minutegraph.ingest.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where the parts of a store live inside its directory.
 *
 * <p>A store directory holds one or more data directories ({@code data-N/}, each a TDB2 dataset
 * {@code tdb2/} and a Lucene index {@code index/}) and a file {@code CURRENT} naming the one that
 * is the store. A new store, and every rebuild, is written into a data directory of its own and
 * becomes the store only when complete, by an atomic rename of {@code CURRENT}: an interrupted
 * build leaves the previous store (or no store) and a directory the next ingest removes. Updates
 * of the current data directory are TDB2 transactions and Lucene commits, each crash-safe.
 *
 * <p>The caches that outlive rebuilds (embeddings, extractions, the clone of a git repository) sit
 * beside the data directories.
 */
public record StoreLayout(Path dir, String dataName) {

    static final String CURRENT = "CURRENT";
    private static final Pattern DATA = Pattern.compile("data-(\\d+)");

    public StoreLayout {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(dataName, "dataName");
        if (!DATA.matcher(dataName).matches()) {
            throw new IllegalArgumentException("not a data directory name: " + dataName);
        }
        dir = dir.toAbsolutePath().normalize();
    }

    /** The store in {@code dir} as it is on disk now: the data directory {@code CURRENT} names, or the first one. */
    public StoreLayout(Path dir) {
        this(dir, current(dir).orElse("data-1"));
    }

    /** The data directory: graph and index of this layout. */
    public Path data() {
        return dir.resolve(dataName);
    }

    public Path tdb2() {
        return data().resolve("tdb2");
    }

    public Path index() {
        return data().resolve("index");
    }

    /** The embedding cache, kept across rebuilds: a rebuilt index reuses every vector. */
    public Path embeddings() {
        return dir.resolve("embeddings");
    }

    /** The clone of a {@code --git} repository, kept across rebuilds: the next run only fetches. */
    public Path gitCheckout() {
        return dir.resolve("git");
    }

    /** True when this layout is the store: {@code CURRENT} names it and its graph is there. */
    public boolean exists() {
        return current(dir).filter(dataName::equals).isPresent() && Files.isDirectory(tdb2());
    }

    /** True when the directory holds a store of an older Minutegraph ({@code tdb2/} at the top, no {@code CURRENT}). */
    public boolean legacy() {
        return current(dir).isEmpty() && Files.isDirectory(dir.resolve("tdb2"));
    }

    /** A data directory that no build has used yet, for a new store or a rebuild. */
    public StoreLayout next() {
        int highest = dataDirectories().stream().mapToInt(StoreLayout::number).max().orElse(0);
        return new StoreLayout(dir, "data-" + (highest + 1));
    }

    /**
     * Makes this data directory the store, atomically: {@code CURRENT} is written beside and renamed
     * over the old one, then synced with its directory.
     */
    public void publish() {
        Path tmp = dir.resolve(CURRENT + ".tmp");
        try {
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write(StandardCharsets.US_ASCII.encode(dataName + "\n"));
                out.force(true);
            }
            Files.move(tmp, dir.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
                d.force(true);
            } catch (IOException notSupported) {
                // Some file systems cannot sync a directory; the rename itself is atomic.
            }
        } catch (IOException e) {
            throw new StoreException("Cannot make " + data() + " the store in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Deletes every data directory but this one, and a store of an older layout: what interrupted or
     * superseded builds left. Only a writer calls this, never while a reader holds one of them.
     */
    public void removeOthers() {
        for (Path other : dataDirectories()) {
            if (!other.getFileName().toString().equals(dataName)) {
                Trees.delete(other);
            }
        }
        Trees.delete(dir.resolve("tdb2"));
        Trees.delete(dir.resolve("index"));
    }

    private List<Path> dataDirectories() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(p -> DATA.matcher(p.getFileName().toString()).matches() && Files.isDirectory(p)).toList();
        } catch (IOException e) {
            throw new StoreException("Cannot list the store directory " + dir + ": " + e.getMessage(), e);
        }
    }

    private static int number(Path dataDir) {
        return number(dataDir.getFileName().toString());
    }

    private static int number(String name) {
        Matcher m = DATA.matcher(name);
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static Optional<String> current(Path dir) {
        Path file = dir.toAbsolutePath().resolve(CURRENT);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String name = Files.readString(file, StandardCharsets.US_ASCII).strip();
            return DATA.matcher(name).matches() ? Optional.of(name) : Optional.empty();
        } catch (IOException e) {
            throw new StoreException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
