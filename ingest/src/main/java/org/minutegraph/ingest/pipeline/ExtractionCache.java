package org.minutegraph.ingest.pipeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minutegraph.ingest.model.IngestWarning;
import org.minutegraph.ingest.model.Meeting;

/**
 * What extraction made of each file the last time, keyed by path and content hash, so that an
 * ingest after one file changed parses and extracts only that file. It is a cache: a missing,
 * stale or damaged file only means everything is read again. Written after the store committed.
 */
final class ExtractionCache {

    private static final int MAGIC = 0x4d47_5832; // "MGX2": uncompressed

    /** One file's extraction: the meeting and the warnings reading it gave. */
    record Entry(String contentHash, Meeting meeting, List<IngestWarning> warnings) {
        Entry {
            warnings = List.copyOf(warnings);
        }
    }

    private final Path file;
    private final String settingsKey;
    private final Map<String, Entry> entries;

    private ExtractionCache(Path file, String settingsKey, Map<String, Entry> entries) {
        this.file = file;
        this.settingsKey = settingsKey;
        this.entries = entries;
    }

    /**
     * The cache at {@code file}, or an empty one when there is none or it was written under other
     * settings (ingest version, vocabulary, GitHub owner, minutes URLs, organisations).
     */
    static ExtractionCache load(Path file, String settingsKey) {
        Map<String, Entry> entries = new HashMap<>();
        if (Files.isRegularFile(file)) {
            // Not compressed: 4 MB for the real corpus, read faster than it would inflate.
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                if (in.readInt() == MAGIC && in.readUTF().equals(settingsKey)) {
                    int n = in.readInt();
                    for (int i = 0; i < n; i++) {
                        String path = in.readUTF();
                        String hash = in.readUTF();
                        Meeting meeting = MeetingCodec.readMeeting(in);
                        List<IngestWarning> warnings = MeetingCodec.readWarnings(in);
                        entries.put(path, new Entry(hash, meeting, warnings));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // A damaged cache costs one full read, nothing more.
                entries.clear();
            }
        }
        return new ExtractionCache(file, settingsKey, entries);
    }

    /** The cached extraction of the file at {@code sourcePath} if its content is still {@code contentHash}. */
    Optional<Entry> get(String sourcePath, String contentHash) {
        Entry e = entries.get(sourcePath);
        return e != null && e.contentHash().equals(contentHash) ? Optional.of(e) : Optional.empty();
    }

    /** True when the cache already holds exactly these entries (nothing to write). */
    boolean holds(Map<String, Entry> current) {
        return entries.equals(current);
    }

    /** Replaces the cache file with {@code current}, atomically. */
    void save(Map<String, Entry> current) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream raw = Files.newOutputStream(tmp);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeUTF(settingsKey);
                out.writeInt(current.size());
                for (Map.Entry<String, Entry> e : current.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeUTF(e.getValue().contentHash());
                    MeetingCodec.writeMeeting(out, e.getValue().meeting());
                    MeetingCodec.writeWarnings(out, e.getValue().warnings());
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Only speed is lost: the next ingest reads every file again.
        }
    }
}
