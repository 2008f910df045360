/**
 * What the entities a user asks for by name are, and how a typed name meets them, the same for
 * who, suggest, timeline, search filters and pages: {@link org.minutegraph.server.catalog.Entity}
 * (IRI, label, {@link org.minutegraph.server.catalog.EntityKind}), and {@link
 * org.minutegraph.server.catalog.EntityNames}, which folds names (case, accents, punctuation) and
 * decides how near a misspelling may be ({@link org.minutegraph.server.catalog.EditDistance}), so
 * "habour" is Harbor everywhere.
 *
 * <p>Values and pure functions: uses the ontology constants and Jackson's annotations; never the
 * store, the index or HTTP. The graph and search packages both build on it.
 */
package org.minutegraph.server.catalog;
