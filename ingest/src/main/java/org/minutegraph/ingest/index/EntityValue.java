package org.minutegraph.ingest.index;

import java.util.Objects;

/**
 * A facet value that carries an entity: the key shown in facet counts (series slug, tool label,
 * person handle), its human label (may be empty: then the key is the label) and its IRI, joined
 * by a unit separator in one doc value.
 */
public record EntityValue(String key, String label, String iri) {

    private static final char SEPARATOR = '\u001f';

    public EntityValue {
        Objects.requireNonNull(key, "key");
        label = label == null ? "" : label;
        iri = iri == null ? "" : iri;
        if (key.isBlank() || key.indexOf(SEPARATOR) >= 0 || label.indexOf(SEPARATOR) >= 0 || iri.indexOf(SEPARATOR) >= 0) {
            throw new IllegalArgumentException("bad entity value: " + key);
        }
    }

    /** The label, or the key when there is none. */
    public String displayLabel() {
        return label.isEmpty() ? key : label;
    }

    public String encode() {
        return key + SEPARATOR + label + SEPARATOR + iri;
    }

    public static EntityValue decode(String encoded) {
        String[] parts = encoded.split(String.valueOf(SEPARATOR), -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not an encoded entity value: " + encoded);
        }
        return new EntityValue(parts[0], parts[1], parts[2]);
    }
}
