/**
 * What makes a typed name the name of an entity: {@link org.minutegraph.server.catalog.EntityNames}
 * folds names (case, accents, punctuation) and decides how near a misspelling may be ({@link
 * org.minutegraph.server.catalog.EditDistance}). The graph's resolver (timeline, pages) and the
 * search side (who, suggest, search filters, alias expansion) both use it, so "habour" is Harbor everywhere.
 *
 * <p>Pure functions on strings: uses nothing but the JDK; never the store, the index or HTTP.
 */
package org.minutegraph.server.catalog;
