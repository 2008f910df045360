package org.minutegraph.server.web.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Escaping for every string that goes into a page. Text from the minutes is never written
 * unescaped: use {@link #text} for element content and attribute values, {@link #json} for data
 * handed to scripts in {@code <script type="application/json">}.
 */
public final class Html {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Html() {
    }

    /** Escapes text for element content and for single- or double-quoted attribute values; null gives "". */
    public static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** JSON safe inside a script element: no '<', '>' or '&' that could close it or open a comment. */
    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                    .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write page data as JSON: " + e.getMessage(), e);
        }
    }

    /**
     * A snippet from the search index: already escaped except for {@code <mark>} tags. Escapes it
     * again and restores only the marks, so nothing else in it can be markup.
     */
    public static String marked(String snippet) {
        return text(snippet == null ? "" : org.jsoup.parser.Parser.unescapeEntities(snippet, false))
                .replace("&lt;mark&gt;", "<mark>").replace("&lt;/mark&gt;", "</mark>");
    }
}
