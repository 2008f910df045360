package org.minutegraph.ingest.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A person as written in the minutes: a GitHub handle, a name, or both. Handles are stored lower
 * case without '@'. Two refs with the same handle are the same person; a ref without a handle is
 * identified by its normalised name until a directory links the name to a handle.
 */
public record PersonRef(String handle, String name) {
    public PersonRef {
        handle = handle == null || handle.isBlank() ? null : handle.strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT);
        name = name == null || name.isBlank() ? null : name.strip().replaceAll("\\s+", " ");
        if (handle == null && name == null) {
            throw new IllegalArgumentException("a person needs a handle or a name");
        }
    }

    public static PersonRef ofHandle(String handle) {
        return new PersonRef(handle, null);
    }

    public static PersonRef ofName(String name) {
        return new PersonRef(null, name);
    }

    /** The identity key: the handle when known, else {@code name:} and the folded name. */
    public String key() {
        return handle != null ? handle : "name:" + foldName(name);
    }

    /** A name folded for comparison: accents removed, lower case, single spaces. */
    public static String foldName(String name) {
        Objects.requireNonNull(name, "name");
        String plain = isAscii(name) ? name : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** ASCII has no combining marks and decomposes to itself: most text skips the normaliser. */
    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
