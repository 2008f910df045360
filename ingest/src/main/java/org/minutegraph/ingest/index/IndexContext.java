package org.minutegraph.ingest.index;

import java.util.Map;
import java.util.Objects;

import org.minutegraph.ingest.model.PersonRef;
import org.minutegraph.ontology.IriScheme;

/**
 * What the index writer needs beyond a {@code Meeting}: human labels and resolved identities, as
 * the graph has them. Missing entries fall back to what the meeting itself says.
 *
 * @param iris the IRI scheme of the store
 * @param seriesLabels series slug → label ("container" → "Team Container")
 * @param toolLabels tool IRI → preferred label
 * @param people person key ({@link PersonRef#key()}) → the person as resolved (a name linked to a handle)
 * @param topicLabels topic key → label
 */
public record IndexContext(
        IriScheme iris,
        Map<String, String> seriesLabels,
        Map<String, String> toolLabels,
        Map<String, Person> people,
        Map<String, String> topicLabels) {

    /** A person as the graph knows them. */
    public record Person(String iri, String handle, String name) {
        public Person {
            Objects.requireNonNull(iri, "iri");
            handle = handle == null || handle.isBlank() ? null : handle;
            name = name == null || name.isBlank() ? null : name;
            if (handle == null && name == null) {
                throw new IllegalArgumentException("a person needs a handle or a name: " + iri);
            }
        }

        /** What facets and type-ahead show: the handle, else the name. */
        public String displayKey() {
            return handle != null ? handle : name;
        }
    }

    public IndexContext {
        Objects.requireNonNull(iris, "iris");
        seriesLabels = Map.copyOf(seriesLabels);
        toolLabels = Map.copyOf(toolLabels);
        people = Map.copyOf(people);
        topicLabels = Map.copyOf(topicLabels);
    }

    /** No labels known: every label falls back to what the meeting says. */
    public static IndexContext of(IriScheme iris) {
        return new IndexContext(iris, Map.of(), Map.of(), Map.of(), Map.of());
    }

    public String seriesLabel(String slug) {
        return seriesLabels.getOrDefault(slug, slug);
    }

    /** The tool's label, else the last segment of its IRI. */
    public String toolLabel(String iri) {
        String label = toolLabels.get(iri);
        return label != null ? label : iri.substring(iri.lastIndexOf('/') + 1);
    }

    public String topicLabel(String key, String fallback) {
        return topicLabels.getOrDefault(key, fallback);
    }

    public Person person(PersonRef ref) {
        Person known = people.get(ref.key());
        if (known != null) {
            return known;
        }
        String iri = ref.handle() != null ? iris.personByHandle(ref.handle()) : iris.personByName(ref.name());
        return new Person(iri, ref.handle(), ref.name());
    }
}
