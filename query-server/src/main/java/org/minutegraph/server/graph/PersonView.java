package org.minutegraph.server.graph;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A person as shown: IRI, GitHub handle and name, either of the last two possibly null. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonView(String iri, String handle, String name) {
    public PersonView {
        Objects.requireNonNull(iri, "iri");
    }

    /** The name when known, else "@handle", else the IRI. */
    public String display() {
        return name != null ? name : handle != null ? "@" + handle : iri;
    }
}
