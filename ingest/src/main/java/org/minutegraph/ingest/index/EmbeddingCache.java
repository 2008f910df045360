package org.minutegraph.ingest.index;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Vectors by SHA-256 of the embedded text, in one append-only file per model
 * ({@code <dir>/<modelId>.bin}), so an incremental ingest embeds only new or changed passages and
 * a rebuilt index reuses every vector. A torn last record (a crash mid-append) is ignored.
 */
public final class EmbeddingCache {

    private static final int MAGIC = 0x4d47_4531; // "MGE1"
    private static final int HASH_BYTES = 32;

    private final Path file;
    private final int dimensions;
    private final Map<String, float[]> vectors = new HashMap<>();
    private final Map<String, float[]> pending = new LinkedHashMap<>();

    private EmbeddingCache(Path file, int dimensions) {
        this.file = file;
        this.dimensions = dimensions;
    }

    /** Opens (or starts) the cache of {@code modelId} in {@code dir}. */
    public static EmbeddingCache open(Path dir, String modelId, int dimensions) {
        EmbeddingCache cache = new EmbeddingCache(dir.resolve(modelId.replaceAll("[^A-Za-z0-9._-]", "_") + ".bin"), dimensions);
        cache.load();
        return cache;
    }

    public Optional<float[]> get(String sha256) {
        float[] v = pending.get(sha256);
        return Optional.ofNullable(v != null ? v : vectors.get(sha256));
    }

    public void put(String sha256, float[] vector) {
        if (vector.length != dimensions) {
            throw new IllegalArgumentException("vector has " + vector.length + " dimensions, expected " + dimensions);
        }
        if (!vectors.containsKey(sha256)) {
            pending.put(sha256, vector);
        }
    }

    public int size() {
        return vectors.size() + pending.size();
    }

    /** Appends what was added since the last flush. */
    public void flush() {
        if (pending.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            boolean fresh = !Files.exists(file) || Files.size(file) == 0;
            try (OutputStream raw = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
                if (fresh) {
                    out.writeInt(MAGIC);
                    out.writeInt(dimensions);
                }
                for (Map.Entry<String, float[]> e : pending.entrySet()) {
                    out.write(HexFormat.of().parseHex(e.getKey()));
                    for (float f : e.getValue()) {
                        out.writeFloat(f);
                    }
                }
            }
        } catch (IOException e) {
            throw new IndexException("Cannot write the embedding cache " + file + ": " + e.getMessage(), e);
        }
        vectors.putAll(pending);
        pending.clear();
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        long valid = 0;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != dimensions) {
                Files.delete(file); // another format or model: start over
                return;
            }
            valid = 8;
            byte[] hash = new byte[HASH_BYTES];
            while (true) {
                in.readFully(hash);
                float[] v = new float[dimensions];
                for (int i = 0; i < dimensions; i++) {
                    v[i] = in.readFloat();
                }
                vectors.put(HexFormat.of().formatHex(hash), v);
                valid += HASH_BYTES + 4L * dimensions;
            }
        } catch (EOFException endOfFile) {
            truncateTornRecord(valid);
        } catch (IOException e) {
            throw new IndexException("Cannot read the embedding cache " + file + ": " + e.getMessage(), e);
        }
    }

    /** A crash mid-append leaves a partial record: cut it so later appends stay aligned. */
    private void truncateTornRecord(long valid) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            if (valid < 8) {
                channel.truncate(0);
            } else if (channel.size() > valid) {
                channel.truncate(valid);
            }
        } catch (IOException e) {
            throw new IndexException("Cannot repair the embedding cache " + file + ": " + e.getMessage(), e);
        }
    }
}
