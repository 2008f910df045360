/**
 * Small, pure extractors that read a parsed {@link org.minutegraph.ingest.model.MinutesDocument}
 * and name what it talks about.
 *
 * <p>What is here: {@link org.minutegraph.ingest.extract.ToolMatcher} finds tools of a SKOS
 * vocabulary ({@link org.minutegraph.ingest.extract.ToolVocabulary}) in prose;
 * {@link org.minutegraph.ingest.extract.TopicNormalizer} turns an agenda heading into a topic key;
 * {@link org.minutegraph.ingest.extract.ReferenceExtractor} resolves GitHub issue and pull request
 * references (full URLs and short forms like {@code standards#212}) to canonical IRIs;
 * {@link org.minutegraph.ingest.extract.MeetingLinkResolver} maps links to other minutes files;
 * {@link org.minutegraph.ingest.extract.SecretRedactor} removes passwords and tokens before
 * anything else sees the text: the token formats it knows are one table ({@code TokenFormat.KNOWN}),
 * password columns of markdown tables are {@code SecretColumns}'s rule. People, action items and
 * decisions have extractors of their own.
 *
 * <p>May use: the model records, the ontology module's constants, Jena's model API (only to read
 * the tool vocabulary). Must not: parse markdown, write RDF or index documents, touch the store,
 * or keep mutable state between calls — every extractor is immutable and safe to share across
 * threads. Matching reads {@code Block.prose} (URLs and inline code already blanked), never code
 * blocks, so a word inside a URL or {@code `code`} is not a mention.
 */
package org.minutegraph.ingest.extract;
