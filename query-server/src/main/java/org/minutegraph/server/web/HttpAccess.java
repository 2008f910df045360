package org.minutegraph.server.web;

import io.javalin.config.JavalinConfig;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who may reach the server from a browser: which other origins' pages may read {@code /sparql}
 * and {@code /api/*} (CORS), and under which host names the server answers at all.
 *
 * @param corsOrigins  origins such as {@code https://notebook.example.org} whose pages may read the
 *                     answers, or {@code *} for any; empty (the default): no CORS headers, so only
 *                     this server's own pages and non-browser clients read them
 * @param allowedHosts host names ({@code minutes.example.org}, {@code name:port}) accepted in the
 *                     {@code Host} header besides the loopback names and the bound host, or
 *                     {@code *} for any; see {@link HostGuard}
 */
public record HttpAccess(List<String> corsOrigins, List<String> allowedHosts) {

    /** Any origin, or scheme://host[:port] with nothing after it. */
    private static final Pattern ORIGIN = Pattern.compile("\\*|https?://([a-z0-9.-]+|\\[[0-9a-f:.]+\\])(:\\d{1,5})?");
    /** A host name, an IPv4 address or a bracketed IPv6 address, with an optional port; or any. */
    private static final Pattern HOST = Pattern.compile("\\*|([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.?)+(:\\d{1,5})?|\\[[0-9a-f:.]+\\](:\\d{1,5})?");

    public HttpAccess {
        corsOrigins = List.copyOf(Objects.requireNonNull(corsOrigins, "corsOrigins")).stream()
                .map(HttpAccess::origin).toList();
        allowedHosts = List.copyOf(Objects.requireNonNull(allowedHosts, "allowedHosts")).stream()
                .map(HttpAccess::host).toList();
    }

    /** No CORS, and only the loopback names and the bound host. */
    public static HttpAccess defaults() {
        return new HttpAccess(List.of(), List.of());
    }

    public HttpAccess withCorsOrigins(List<String> origins) {
        return new HttpAccess(origins, allowedHosts);
    }

    public HttpAccess withAllowedHosts(List<String> hosts) {
        return new HttpAccess(corsOrigins, hosts);
    }

    /** Adds the host check and, when origins are configured, CORS for the read endpoints. */
    void register(JavalinConfig config, String boundHost) {
        HostGuard.forBinding(boundHost, allowedHosts).register(config.routes);
        if (!corsOrigins.isEmpty()) {
            new CorsAllowList(corsOrigins).register(config.routes);
        }
    }

    private static String origin(String value) {
        String origin = Objects.requireNonNull(value, "origin").strip();
        origin = origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
        if (!ORIGIN.matcher(origin.toLowerCase(Locale.ROOT)).matches()) {
            throw new ServerConfigException("'" + value + "' is not an origin: give scheme, host and port only, such as"
                    + " https://notebook.example.org or http://localhost:8888, or * for any origin");
        }
        return origin;
    }

    private static String host(String value) {
        String host = Objects.requireNonNull(value, "host").strip().toLowerCase(Locale.ROOT);
        if (!HOST.matcher(host).matches()) {
            throw new ServerConfigException("'" + value + "' is not a host name: give a name or address as browsers send it"
                    + " in the Host header, such as minutes.example.org, minutes.example.org:8443 or [2001:db8::1], or * for any");
        }
        return host;
    }
}
