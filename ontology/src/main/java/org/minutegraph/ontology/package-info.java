/**
 * The Minutegraph vocabulary: IRI constants ({@link org.minutegraph.ontology.MG}) and the Turtle
 * resources that declare them — the OWL ontology, the SHACL shapes and the SKOS vocabulary of
 * tools — loaded through {@link org.minutegraph.ontology.Vocabularies}.
 *
 * <p>Uses Jena's core model API only. Knows nothing of markdown, stores, indexes or HTTP: every
 * other module depends on it, it depends on none of them.
 */
package org.minutegraph.ontology;
