package org.minutegraph.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.minutegraph.ingest.model.IngestWarning;

/**
 * Finds the minutes files under a folder: walks it (following symbolic links that stay inside it,
 * never in a loop), keeps what the include and exclude globs allow, and reads each file up to the
 * size limit. A link that leads out of the folder is reported and skipped, so a stray
 * {@code x.md -> /etc/passwd} is never read. The result is sorted by source path, so two scans of
 * the same folder agree.
 */
public final class MinutesSource {

    private final SourceConfig config;

    public MinutesSource(SourceConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public SourceConfig config() {
        return config;
    }

    /** Walks the root once; a file that cannot be read becomes a warning, never an exception. */
    public SourceScan scan() {
        Path root = realRoot(config.root());
        List<IngestWarning> warnings = new ArrayList<>();
        TreeMap<String, Path> candidates = findCandidates(root, warnings);
        SeriesResolver series = new SeriesResolver(folderName(root));
        List<MinutesFile> files = new ArrayList<>();
        for (var entry : candidates.entrySet()) {
            String sourcePath = entry.getKey();
            read(entry.getValue(), sourcePath, warnings)
                    .ifPresent(bytes -> files.add(new MinutesFile(sourcePath, series.seriesOf(sourcePath), bytes, sha256(bytes))));
        }
        warnings.sort(java.util.Comparator.comparing(IngestWarning::sourcePath));
        return new SourceScan(root, files, warnings, Optional.empty());
    }

    static Path realRoot(Path root) {
        if (!Files.isDirectory(root)) {
            throw new MinutesSourceException("minutes folder not found or not a folder: " + root.toAbsolutePath()
                    + " (pass the folder that holds the minutes files)");
        }
        try {
            return root.toRealPath();
        } catch (IOException e) {
            throw new MinutesSourceException("cannot resolve minutes folder " + root.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    static String folderName(Path root) {
        Path name = root.getFileName();
        return name == null ? "minutes" : name.toString();
    }

    private TreeMap<String, Path> findCandidates(Path root, List<IngestWarning> warnings) {
        GlobMatcher includes = new GlobMatcher(config.includes());
        GlobMatcher excludes = new GlobMatcher(config.excludes());
        TreeMap<String, Path> found = new TreeMap<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String rel = relative(root, dir);
                    if (excludes.matches(rel) || excludes.matches(rel + "/")) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return insideRoot(root, dir, rel, warnings).isPresent() ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String rel = relative(root, file);
                    if (!includes.matches(rel) || excludes.matches(rel)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (!MinutesFile.isUsablePath(rel)) {
                        // The path as it is: whoever prints the warning escapes it for its terminal.
                        warnings.add(new IngestWarning(rel, 0,
                                "skipped, the path holds a control character; rename the file or folder"));
                        return FileVisitResult.CONTINUE;
                    }
                    // A link that leads nowhere is visited with its own attributes: it is reported, not silently lost.
                    if (attrs.isRegularFile() || attrs.isSymbolicLink()) {
                        insideRoot(root, file, rel, warnings).ifPresent(real -> found.put(rel, real));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String rel = relative(root, file);
                    String why = e instanceof FileSystemLoopException
                            ? "symbolic link loop, not followed" : "cannot read: " + e.getMessage();
                    warnings.add(new IngestWarning(rel, 0, why));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new MinutesSourceException("cannot walk minutes folder " + root + ": " + e.getMessage(), e);
        }
        return found;
    }

    /**
     * The path to read for a file or folder the walk reached: itself, or for a symbolic link the
     * place it leads to when that is inside the root (every folder above was checked on the way
     * down); empty, with a warning, when the link leads outside the root or nowhere.
     */
    static Optional<Path> insideRoot(Path root, Path found, String sourcePath, List<IngestWarning> warnings) {
        if (!Files.isSymbolicLink(found)) {
            return Optional.of(found);
        }
        Path target;
        try {
            target = found.toRealPath();
        } catch (IOException e) {
            warnings.add(new IngestWarning(sourcePath, 0, "skipped, symbolic link to nothing (" + e.getMessage() + ")"));
            return Optional.empty();
        }
        if (!target.startsWith(root)) {
            warnings.add(new IngestWarning(sourcePath, 0, "skipped, symbolic link to " + target
                    + ", outside the minutes folder (only links that stay inside it are followed)"));
            return Optional.empty();
        }
        return Optional.of(target);
    }

    /**
     * Reads at most the size limit plus one byte, so an oversized or growing file is never loaded
     * whole. The file is opened without following a link: one swapped in since the walk is not read.
     */
    private Optional<byte[]> read(Path file, String sourcePath, List<IngestWarning> warnings) {
        long limit = config.maxFileBytes();
        try {
            BasicFileAttributes attributes = attributes(file);
            if (attributes instanceof PosixFileAttributes posix && readableByNobody(posix.permissions())) {
                warnings.add(new IngestWarning(sourcePath, 0, "skipped, its permissions let nobody read it (chmod a+r to ingest it)"));
                return Optional.empty();
            }
            long size = attributes.size();
            if (size > limit) {
                warnings.add(tooBig(sourcePath, size, limit));
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
                if (bytes.length > limit) {
                    warnings.add(tooBig(sourcePath, bytes.length, limit));
                    return Optional.empty();
                }
                return Optional.of(bytes);
            }
        } catch (AccessDeniedException e) {
            warnings.add(new IngestWarning(sourcePath, 0, "skipped, permission denied"));
            return Optional.empty();
        } catch (IOException | SecurityException e) {
            warnings.add(new IngestWarning(sourcePath, 0, "skipped, cannot read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    /** Size and, where the file system has them, permissions: one look at the file. */
    private static BasicFileAttributes attributes(Path file) throws IOException {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                : Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }

    /** Mode 000 and the like: an administrator could read the file anyway, but its owner said no one should. */
    private static boolean readableByNobody(Set<PosixFilePermission> mode) {
        return !mode.contains(PosixFilePermission.OWNER_READ) && !mode.contains(PosixFilePermission.GROUP_READ)
                && !mode.contains(PosixFilePermission.OTHERS_READ);
    }

    static IngestWarning tooBig(String sourcePath, long size, long limit) {
        return new IngestWarning(sourcePath, 0, "skipped, file is " + size + " bytes, more than the limit of "
                + limit + " (raise maxFileBytes if this really is a minutes file)");
    }

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    /** Lower-case hex SHA-256. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
