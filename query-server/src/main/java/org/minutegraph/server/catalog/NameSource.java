package org.minutegraph.server.catalog;

/** How a name names its entity; earlier is a stronger match when two entities share a name. */
public enum NameSource {
    /** The preferred label: skos:prefLabel, rdfs:label or foaf:name. */
    LABEL,
    /** An alternative label (skos:altLabel, skos:hiddenLabel), e.g. "k8s" for Kubernetes. */
    ALT_LABEL,
    /** A person's GitHub handle, or the key a person is indexed under. */
    HANDLE,
    /** A series slug or a topic key, as in IRIs and index fields ("container", "registry"). */
    SLUG
}
