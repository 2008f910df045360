package org.minutegraph.ingest.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The text a passage is embedded from, and its cache key. */
public final class PassageText {

    /** MiniLM reads 256 word pieces; about 180 words of minutes fill that, the rest is cut. */
    static final int MAX_WORDS = 180;
    static final int MAX_CHARS = 1_500;

    private PassageText() {
    }

    /** Heading path and text, whitespace collapsed, cut at a word boundary to fit the model. */
    public static String forEmbedding(String headingPath, String text) {
        String joined = (headingPath.isBlank() ? text : headingPath + "\n" + text).strip().replaceAll("\\s+", " ");
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
