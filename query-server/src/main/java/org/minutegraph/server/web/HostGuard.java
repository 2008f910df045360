package org.minutegraph.server.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.minutegraph.server.web.http.ApiException;

/**
 * Refuses requests whose {@code Host} header names another server: a page on {@code evil.example}
 * whose name is re-pointed at 127.0.0.1 (DNS rebinding) reaches a local server with
 * {@code Host: evil.example}, and must not read it.
 *
 * <p>A server bound to a loopback address answers only to {@code localhost}, {@code 127.0.0.1},
 * {@code [::1]}, the bound host and the allowed hosts, each with the bound port or none. A server
 * bound to another address is meant to be reached by names it cannot know, so it answers to any
 * name unless allowed hosts are given, which then limit it the same way. {@code *} allows any.
 * Requests without a {@code Host} header (HTTP/1.0 tools) are no browser's and pass.
 */
final class HostGuard {

    private static final List<String> LOOPBACK_NAMES = List.of("localhost", "127.0.0.1", "[::1]");

    /** Accepted names, lower case, each bare ({@code name}: bound port or none) or with a port. */
    private final Set<String> accepted;

    private HostGuard(Set<String> accepted) {
        this.accepted = accepted;
    }

    static HostGuard forBinding(String boundHost, List<String> allowedHosts) {
        if (allowedHosts.contains("*") || (allowedHosts.isEmpty() && !isLoopback(boundHost))) {
            return new HostGuard(Set.of());
        }
        Set<String> accepted = new LinkedHashSet<>(LOOPBACK_NAMES);
        String bound = boundHost.toLowerCase(Locale.ROOT);
        accepted.add(bound.contains(":") && !bound.startsWith("[") ? "[" + bound + "]" : bound);
        accepted.addAll(allowedHosts);
        return new HostGuard(Collections.unmodifiableSet(accepted));
    }

    void register(RoutesConfig routes) {
        if (!accepted.isEmpty()) {
            routes.before(this::check);
        }
    }

    private void check(Context ctx) {
        String host = ctx.header("Host");
        if (host == null || accepts(host, ctx.req().getLocalPort())) {
            return;
        }
        throw new ApiException(421, "unknown_host", "This server answers to " + String.join(", ", accepted)
                + " on port " + ctx.req().getLocalPort() + ", not to '" + host + "': a page that re-points its own name at this"
                + " machine (DNS rebinding) sends such a Host header. Use one of those names, or start the server with"
                + " --allowed-host NAME for a name it should answer to (a reverse proxy's, say)");
    }

    private boolean accepts(String hostHeader, int localPort) {
        String host = hostHeader.strip().toLowerCase(Locale.ROOT);
        int colon = host.lastIndexOf(':');
        String name = colon > host.lastIndexOf(']') ? host.substring(0, colon) : host;
        Optional<Integer> port = colon > host.lastIndexOf(']') ? port(host.substring(colon + 1)) : Optional.empty();
        if (colon > host.lastIndexOf(']') && port.isEmpty()) {
            return false;
        }
        name = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        if (accepted.contains(name) && (port.isEmpty() || port.get() == localPort)) {
            return true;
        }
        return port.isPresent() && accepted.contains(name + ":" + port.get());
    }

    private static Optional<Integer> port(String digits) {
        if (!digits.matches("\\d{1,5}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(digits));
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new ServerConfigException("Cannot resolve the host to bind, '" + host + "': use an address such as 127.0.0.1", e);
        }
    }
}
