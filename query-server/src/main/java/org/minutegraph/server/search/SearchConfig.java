package org.minutegraph.server.search;

/**
 * Limits and ranking knobs of search, with the defaults in {@link #defaults()}.
 *
 * @param defaultLimit hits per page when the request names none
 * @param maxLimit the most hits one page may ask for
 * @param maxOffset the deepest page start (deeper paging is refused)
 * @param maxQueryChars longer queries are cut
 * @param maxQueryTerms words beyond this many are dropped, so no query explodes into clauses
 * @param rankDepth how many BM25 and kNN hits each enter reciprocal rank fusion (at least offset + limit)
 * @param rrfK the k of reciprocal rank fusion
 * @param minSimilarity kNN hits below this cosine similarity are dropped (gibberish finds nothing)
 * @param snippetChars the length a snippet aims for
 * @param facetSize values per facet in a response
 * @param conceptSimilarity in hybrid mode, vocabulary concepts whose description is at least this cosine-similar to the
 *     query's words (besides the concepts it names) expand the query
 * @param maxConcepts the most concepts such a semantic match adds
 * @param conceptBoost the weight of those concepts' labels and tools against the user's own words (1)
 * @param cacheSize answers kept per index snapshot for repeated requests (0: none, e.g. to measure)
 * @param vectorWeight the weight of the kNN list in reciprocal rank fusion against the BM25 list (1)
 * @param meetingSupport the share of the fused score of a meeting's other passages that a passage gains (several
 *     matching passages make the meeting more likely the one asked for)
 * @param repeatPenalty the factor a passage's fused score is multiplied by for each passage of its meeting ranked
 *     above it (1: none), so one meeting does not fill the page
 */
public record SearchConfig(int defaultLimit, int maxLimit, int maxOffset, int maxQueryChars, int maxQueryTerms,
        int rankDepth, int rrfK, float minSimilarity, int snippetChars, int facetSize, float conceptSimilarity, int maxConcepts,
        float conceptBoost, int cacheSize, float vectorWeight, float meetingSupport, float repeatPenalty) {

    public SearchConfig {
        if (defaultLimit < 1 || maxLimit < defaultLimit || maxOffset < 0 || maxQueryChars < 1 || maxQueryTerms < 1
                || rankDepth < 1 || rrfK < 1 || snippetChars < 20 || facetSize < 1
                || !(conceptSimilarity > 0 && conceptSimilarity <= 1) || maxConcepts < 0 || !(conceptBoost > 0) || cacheSize < 0
                || !(vectorWeight >= 0) || !(meetingSupport >= 0) || !(repeatPenalty > 0 && repeatPenalty <= 1)) {
            throw new IllegalArgumentException("inconsistent search configuration: " + this);
        }
    }

    public static SearchConfig defaults() {
        return new SearchConfig(10, 100, 10_000, 1_000, 32, 100, 5, 0.35f, 180, 20, 0.5f, 2, 0.5f, 512, 0.8f, 0.2f, 0.5f);
    }

    /** The same settings with another ceiling on hits per request. */
    public SearchConfig withMaxLimit(int newMaxLimit) {
        return new SearchConfig(defaultLimit, newMaxLimit, maxOffset, maxQueryChars, maxQueryTerms, rankDepth, rrfK, minSimilarity,
                snippetChars, facetSize, conceptSimilarity, maxConcepts, conceptBoost, cacheSize, vectorWeight, meetingSupport, repeatPenalty);
    }

    /** The same settings with another number of cached answers (0 turns the cache off). */
    public SearchConfig withCacheSize(int newCacheSize) {
        return new SearchConfig(defaultLimit, maxLimit, maxOffset, maxQueryChars, maxQueryTerms, rankDepth, rrfK, minSimilarity,
                snippetChars, facetSize, conceptSimilarity, maxConcepts, conceptBoost, newCacheSize, vectorWeight, meetingSupport, repeatPenalty);
    }

    /** The same settings with other fusion weights. */
    public SearchConfig withFusion(int newRrfK, float newVectorWeight, float newMeetingSupport, float newRepeatPenalty) {
        return new SearchConfig(defaultLimit, maxLimit, maxOffset, maxQueryChars, maxQueryTerms, rankDepth, newRrfK, minSimilarity,
                snippetChars, facetSize, conceptSimilarity, maxConcepts, conceptBoost, cacheSize, newVectorWeight, newMeetingSupport,
                newRepeatPenalty);
    }

    /** The same settings with another semantic concept expansion. */
    public SearchConfig withConcepts(float newConceptSimilarity, int newMaxConcepts, float newConceptBoost) {
        return new SearchConfig(defaultLimit, maxLimit, maxOffset, maxQueryChars, maxQueryTerms, rankDepth, rrfK, minSimilarity,
                snippetChars, facetSize, newConceptSimilarity, newMaxConcepts, newConceptBoost, cacheSize, vectorWeight, meetingSupport,
                repeatPenalty);
    }
}
