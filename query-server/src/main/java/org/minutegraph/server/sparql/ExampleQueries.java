package org.minutegraph.server.sparql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads the example queries shipped under {@code org/minutegraph/server/sparql/examples/*.rq},
 * from the class path whether it is a directory (development) or a jar (the packaged server).
 */
public final class ExampleQueries {

    /** Where the examples live on the class path. */
    public static final String RESOURCE_DIR = "org/minutegraph/server/sparql/examples";

    private ExampleQueries() {
    }

    /** Every example, sorted by file name. */
    public static List<ExampleQuery> load() {
        URL url = ExampleQueries.class.getClassLoader().getResource(RESOURCE_DIR);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = openJar(uri)) {
                    return read(jar.provider().getPath(uri));
                } catch (UnsupportedOperationException e) {
                    // The jar file system was already open elsewhere and must stay open.
                    return read(FileSystems.getFileSystem(uri).provider().getPath(uri));
                }
            }
            return read(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the example queries in " + url, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Unexpected class path URL " + url, e);
        }
    }

    private static FileSystem openJar(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            throw new UnsupportedOperationException(e);
        }
    }

    private static List<ExampleQuery> read(Path dir) throws IOException {
        List<ExampleQuery> examples = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".rq"))
                    .sorted(Comparator.comparing(f -> f.getFileName().toString())).toList()) {
                examples.add(ExampleQuery.parse(file.getFileName().toString(),
                        Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return List.copyOf(examples);
    }
}
