package org.minutegraph.ingest.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text a passage is embedded from, and its cache key. */
public final class PassageText {

    /** MiniLM reads 256 word pieces; about 180 words of minutes fill that, the rest is cut. */
    static final int MAX_WORDS = 180;
    static final int MAX_CHARS = 1_500;

    /** A markdown link: its text is kept, its target dropped. */
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)\\s]*\\)");
    /** A bare URL; its last path segment is often a name (a repository, a tool), the rest only spends the model's word pieces. */
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    /** A heading that is only a date says nothing about the subject. */
    private static final Pattern DATE_HEADING = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private PassageText() {
    }

    /** Heading path and text, whitespace collapsed, cut at a word boundary to fit the model. */
    public static String forEmbedding(String headingPath, String text) {
        return forEmbedding("", headingPath, text);
    }

    /**
     * The meeting's context (its series), the heading path without date-only headings, and the text
     * with link targets reduced to their names, so a short bullet carries its topic and the model's
     * 256 word pieces go to words rather than URLs.
     */
    public static String forEmbedding(String context, String headingPath, String text) {
        List<String> headings = new ArrayList<>();
        if (!context.isBlank()) {
            headings.add(context.strip());
        }
        for (String heading : headingPath.split(PassageSchema.HEADING_PATH_SEPARATOR)) {
            if (!heading.isBlank() && !DATE_HEADING.matcher(heading.strip()).matches()) {
                headings.add(withoutUrls(heading.strip()));
            }
        }
        String head = String.join(PassageSchema.HEADING_PATH_SEPARATOR, headings);
        String body = withoutUrls(text);
        String joined = (head.isBlank() ? body : head + "\n" + body).strip().replaceAll("\\s+", " ");
        String[] words = joined.split(" ");
        StringBuilder out = new StringBuilder(Math.min(joined.length(), MAX_CHARS));
        for (int i = 0; i < words.length && i < MAX_WORDS; i++) {
            if (out.length() + words[i].length() + 1 > MAX_CHARS) {
                break;
            }
            if (i > 0) {
                out.append(' ');
            }
            out.append(words[i]);
        }
        return out.toString();
    }

    /** {@code text} with each markdown link as its text and each bare URL as its last named path segment. */
    static String withoutUrls(String text) {
        String links = LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        return URL.matcher(links).replaceAll(m -> Matcher.quoteReplacement(lastSegment(m.group())));
    }

    private static String lastSegment(String url) {
        String[] parts = url.replaceAll("[?#].*$", "").split("/");
        for (int i = parts.length - 1; i > 2; i--) {
            if (parts[i].matches(".*\\p{L}.*")) {
                return parts[i];
            }
        }
        return "";
    }

    /** Lower-case hex SHA-256 of the UTF-8 text. */
    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
