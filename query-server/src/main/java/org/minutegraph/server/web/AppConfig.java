package org.minutegraph.server.web;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.minutegraph.ontology.IriScheme;
import org.minutegraph.server.sparql.SparqlConfig;

/**
 * What {@link MinutegraphApp} needs to serve a store, with defaults in {@link #of(Path)}.
 *
 * @param storeDirectory an existing store written by {@code minutegraph ingest}
 * @param iris the IRI scheme the store was written with
 * @param host the interface to bind (127.0.0.1 by default)
 * @param port the port (7070 by default; 0 for any free port)
 * @param sparql limits of the SPARQL endpoint
 * @param access CORS origins and accepted host names (none and loopback names by default)
 * @param sourceBaseUrl where the minutes files are published, e.g.
 *     {@code https://github.com/SovereignCloudStack/minutes/blob/main/}; pages link
 *     {@code base + sourcePath + "#L" + line} when present
 */
public record AppConfig(Path storeDirectory, IriScheme iris, String host, int port, SparqlConfig sparql,
        HttpAccess access, Optional<String> sourceBaseUrl) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;

    public AppConfig {
        Objects.requireNonNull(storeDirectory, "storeDirectory");
        Objects.requireNonNull(iris, "iris");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(sparql, "sparql");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(sourceBaseUrl, "sourceBaseUrl");
        sourceBaseUrl = sourceBaseUrl.map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.endsWith("/") ? s : s + "/");
        if (sourceBaseUrl.isPresent() && !sourceBaseUrl.get().matches("(?i)https?://.+")) {
            throw new ServerConfigException("The source base URL must start with http:// or https://, not '" + sourceBaseUrl.get() + "'");
        }
    }

    /** The store with default IRIs, 127.0.0.1:7070, default SPARQL limits and access, and no source links. */
    public static AppConfig of(Path storeDirectory) {
        return new AppConfig(storeDirectory, IriScheme.defaults(), DEFAULT_HOST, DEFAULT_PORT, SparqlConfig.defaults(),
                HttpAccess.defaults(), Optional.empty());
    }

    public AppConfig withIris(IriScheme value) {
        return new AppConfig(storeDirectory, value, host, port, sparql, access, sourceBaseUrl);
    }

    public AppConfig withHost(String value) {
        return new AppConfig(storeDirectory, iris, value, port, sparql, access, sourceBaseUrl);
    }

    public AppConfig withPort(int value) {
        return new AppConfig(storeDirectory, iris, host, value, sparql, access, sourceBaseUrl);
    }

    public AppConfig withSparql(SparqlConfig value) {
        return new AppConfig(storeDirectory, iris, host, port, value, access, sourceBaseUrl);
    }

    public AppConfig withAccess(HttpAccess value) {
        return new AppConfig(storeDirectory, iris, host, port, sparql, value, sourceBaseUrl);
    }

    /** {@code null} or blank for no source links. */
    public AppConfig withSourceBaseUrl(String value) {
        return new AppConfig(storeDirectory, iris, host, port, sparql, access, Optional.ofNullable(value));
    }
}
