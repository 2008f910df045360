package org.minutegraph.server.sparql;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minutegraph.server.web.http.BadRequestException;

/**
 * Decodes {@code application/x-www-form-urlencoded} text (a URL query string or a form body) into
 * parameters, strictly: a malformed escape or bytes that are not UTF-8 are a 400, never replaced
 * by U+FFFD, so a query is run exactly as sent or not at all.
 */
final class FormDecoder {

    private FormDecoder() {
    }

    /** Parameters in order of appearance; repeated names keep every value. */
    static Map<String, List<String>> decode(String encoded) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return params;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = unescape(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : unescape(pair.substring(eq + 1));
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return params;
    }

    /** Decodes bytes as UTF-8, failing on anything malformed. */
    static String utf8(byte[] bytes, String what) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BadRequestException("invalid_encoding", what + " is not valid UTF-8; send UTF-8 text");
        }
    }

    private static String unescape(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                if (i + 2 >= text.length()) {
                    throw new BadRequestException("Malformed percent-escape at the end of '" + abbreviate(text) + "'");
                }
                int hi = Character.digit(text.charAt(i + 1), 16);
                int lo = Character.digit(text.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw new BadRequestException("Malformed percent-escape '%" + text.charAt(i + 1) + text.charAt(i + 2)
                            + "' in a request parameter");
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                // Raw non-ASCII in the URL: take it as the UTF-8 it was meant to be.
                int codePoint = text.codePointAt(i);
                byte[] raw = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
                i += Character.charCount(codePoint) - 1;
            }
        }
        return utf8(bytes.toByteArray(), "A request parameter");
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(text.length() - 40);
    }
}
