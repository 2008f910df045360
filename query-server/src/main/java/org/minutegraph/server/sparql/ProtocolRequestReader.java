package org.minutegraph.server.sparql;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.minutegraph.server.web.http.ApiException;
import org.minutegraph.server.web.http.BadRequestException;
import org.minutegraph.server.web.http.ReadOnlyException;
import org.minutegraph.server.web.http.RequestTooLargeException;
import org.minutegraph.server.web.http.UnsupportedMediaTypeException;

/**
 * Reads a SPARQL 1.1 Protocol query request from HTTP: GET with {@code ?query=}, POST of an
 * {@code application/x-www-form-urlencoded} form, or POST of an {@code application/sparql-query}
 * body. Anything that asks for an update is refused as read-only; bodies must be UTF-8.
 */
final class ProtocolRequestReader {

    static final String FORM = "application/x-www-form-urlencoded";
    static final String SPARQL_QUERY = "application/sparql-query";
    static final String SPARQL_UPDATE = "application/sparql-update";
    private static final String READ_ONLY = "This SPARQL endpoint is read-only: SPARQL Update is not accepted here";

    private final int maxQueryBytes;
    private final long maxRequestBytes;

    /** @param maxRequestBytes longest body read at all; a form body may hold an encoded query longer than its text */
    ProtocolRequestReader(int maxQueryBytes, long maxRequestBytes) {
        this.maxQueryBytes = maxQueryBytes;
        this.maxRequestBytes = maxRequestBytes;
    }

    SparqlRequest read(Context ctx) {
        Map<String, List<String>> params = new LinkedHashMap<>(FormDecoder.decode(ctx.queryString()));
        refuseUpdate(params);
        Optional<String> query;
        if (ctx.method() == HandlerType.GET) {
            query = single(params, "query");
        } else if (ctx.method() == HandlerType.POST) {
            query = readPost(ctx, params);
        } else {
            throw new ApiException(405, "method_not_allowed", "Use GET or POST for SPARQL queries, not " + ctx.method());
        }
        query.ifPresent(this::checkLength);
        Optional<String> format = single(params, "format").or(() -> single(params, "output"));
        return new SparqlRequest(query, params.getOrDefault("default-graph-uri", List.of()),
                params.getOrDefault("named-graph-uri", List.of()), single(params, "timeout"), format,
                ctx.method() == HandlerType.GET && params.isEmpty());
    }

    private Optional<String> readPost(Context ctx, Map<String, List<String>> params) {
        String contentType = ctx.header("Content-Type");
        if (contentType == null || contentType.isBlank()) {
            throw new UnsupportedMediaTypeException("A POST needs a Content-Type: " + SPARQL_QUERY + " (query in the body) or "
                    + FORM + " (query=...)");
        }
        String[] parts = contentType.split(";");
        String mediaType = parts[0].trim().toLowerCase(Locale.ROOT);
        if (mediaType.equals(SPARQL_UPDATE)) {
            throw new ReadOnlyException(READ_ONLY);
        }
        if (!mediaType.equals(FORM) && !mediaType.equals(SPARQL_QUERY)) {
            throw new UnsupportedMediaTypeException("Content-Type " + mediaType + " is not a SPARQL query; use "
                    + SPARQL_QUERY + " or " + FORM);
        }
        requireUtf8(parts);
        // Refused before reading: a declared length over the limit never costs the memory.
        long declared = ctx.contentLength();
        if (mediaType.equals(SPARQL_QUERY)) {
            checkLength(declared);
        } else if (declared > maxRequestBytes) {
            throw tooLarge("The form is " + declared + " bytes long; the limit is " + maxRequestBytes
                    + " bytes. Send a long query as an " + SPARQL_QUERY + " body, which may hold " + maxQueryBytes + " bytes");
        }
        byte[] body = ctx.bodyAsBytes();
        if (mediaType.equals(FORM)) {
            FormDecoder.decode(new String(body, StandardCharsets.ISO_8859_1))
                    .forEach((name, values) -> params.computeIfAbsent(name, k -> new ArrayList<>()).addAll(values));
            refuseUpdate(params);
            return single(params, "query");
        }
        if (params.containsKey("query")) {
            throw new BadRequestException("Send the query either in the body or as ?query=, not both");
        }
        checkLength(body.length);
        return Optional.of(FormDecoder.utf8(body, "The request body"));
    }

    private static void requireUtf8(String[] contentTypeParts) {
        for (int i = 1; i < contentTypeParts.length; i++) {
            String param = contentTypeParts[i].trim();
            int eq = param.indexOf('=');
            if (eq > 0 && param.substring(0, eq).trim().equalsIgnoreCase("charset")) {
                String charset = param.substring(eq + 1).trim().replace("\"", "");
                if (!charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
                    throw new UnsupportedMediaTypeException("charset " + charset + " is not supported; send the query as UTF-8");
                }
            }
        }
    }

    private static void refuseUpdate(Map<String, List<String>> params) {
        if (params.containsKey("update") || params.containsKey("using-graph-uri") || params.containsKey("using-named-graph-uri")) {
            throw new ReadOnlyException(READ_ONLY);
        }
    }

    private static Optional<String> single(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            throw new BadRequestException("Exactly one '" + name + "' parameter is allowed, got " + values.size());
        }
        return Optional.of(values.getFirst());
    }

    private void checkLength(String query) {
        checkLength(query.getBytes(StandardCharsets.UTF_8).length);
    }

    private void checkLength(long bytes) {
        if (bytes > maxQueryBytes) {
            throw tooLarge("The query is " + bytes + " bytes long; the limit is " + maxQueryBytes + " bytes");
        }
    }

    private static RequestTooLargeException tooLarge(String detail) {
        return new RequestTooLargeException("query_too_large", detail);
    }
}
