package org.minutegraph.server.search;

/**
 * Limits and ranking knobs of search, named in {@link Builder} with their defaults ({@link #defaults()}).
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
            // the fields are not assigned yet here, so the message names the arguments, not this
            throw new IllegalArgumentException("inconsistent search configuration: defaultLimit=" + defaultLimit + ", maxLimit=" + maxLimit
                    + ", maxOffset=" + maxOffset + ", maxQueryChars=" + maxQueryChars + ", maxQueryTerms=" + maxQueryTerms
                    + ", rankDepth=" + rankDepth + ", rrfK=" + rrfK + ", minSimilarity=" + minSimilarity + ", snippetChars=" + snippetChars
                    + ", facetSize=" + facetSize + ", conceptSimilarity=" + conceptSimilarity + ", maxConcepts=" + maxConcepts
                    + ", conceptBoost=" + conceptBoost + ", cacheSize=" + cacheSize + ", vectorWeight=" + vectorWeight
                    + ", meetingSupport=" + meetingSupport + ", repeatPenalty=" + repeatPenalty);
        }
    }

    /** The defaults: 10 hits a page (at most 100), 100 hits of each list into fusion, 512 cached answers, ... (see {@link Builder}). */
    public static SearchConfig defaults() {
        return builder().build();
    }

    /** Settings by name, starting from the defaults: {@code SearchConfig.builder().cacheSize(0).build()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings, to change a few of them. */
    public Builder toBuilder() {
        return builder()
            .defaultLimit(defaultLimit)
            .maxLimit(maxLimit)
            .maxOffset(maxOffset)
            .maxQueryChars(maxQueryChars)
            .maxQueryTerms(maxQueryTerms)
            .rankDepth(rankDepth)
            .rrfK(rrfK)
            .minSimilarity(minSimilarity)
            .snippetChars(snippetChars)
            .facetSize(facetSize)
            .conceptSimilarity(conceptSimilarity)
            .maxConcepts(maxConcepts)
            .conceptBoost(conceptBoost)
            .cacheSize(cacheSize)
            .vectorWeight(vectorWeight)
            .meetingSupport(meetingSupport)
            .repeatPenalty(repeatPenalty);
    }

    /** Named settings with their defaults, checked together by {@link #build()}. */
    public static final class Builder {

        private int defaultLimit = 10;
        private int maxLimit = 100;
        private int maxOffset = 10_000;
        private int maxQueryChars = 1_000;
        private int maxQueryTerms = 32;
        private int rankDepth = 100;
        private int rrfK = 5;
        private float minSimilarity = 0.35f;
        private int snippetChars = 180;
        private int facetSize = 20;
        private float conceptSimilarity = 0.5f;
        private int maxConcepts = 2;
        private float conceptBoost = 0.5f;
        private int cacheSize = 512;
        private float vectorWeight = 0.8f;
        private float meetingSupport = 0.2f;
        private float repeatPenalty = 0.5f;

        private Builder() {
        }

        public Builder defaultLimit(int value) {
            this.defaultLimit = value;
            return this;
        }

        public Builder maxLimit(int value) {
            this.maxLimit = value;
            return this;
        }

        public Builder maxOffset(int value) {
            this.maxOffset = value;
            return this;
        }

        public Builder maxQueryChars(int value) {
            this.maxQueryChars = value;
            return this;
        }

        public Builder maxQueryTerms(int value) {
            this.maxQueryTerms = value;
            return this;
        }

        public Builder rankDepth(int value) {
            this.rankDepth = value;
            return this;
        }

        public Builder rrfK(int value) {
            this.rrfK = value;
            return this;
        }

        public Builder minSimilarity(float value) {
            this.minSimilarity = value;
            return this;
        }

        public Builder snippetChars(int value) {
            this.snippetChars = value;
            return this;
        }

        public Builder facetSize(int value) {
            this.facetSize = value;
            return this;
        }

        public Builder conceptSimilarity(float value) {
            this.conceptSimilarity = value;
            return this;
        }

        public Builder maxConcepts(int value) {
            this.maxConcepts = value;
            return this;
        }

        public Builder conceptBoost(float value) {
            this.conceptBoost = value;
            return this;
        }

        public Builder cacheSize(int value) {
            this.cacheSize = value;
            return this;
        }

        public Builder vectorWeight(float value) {
            this.vectorWeight = value;
            return this;
        }

        public Builder meetingSupport(float value) {
            this.meetingSupport = value;
            return this;
        }

        public Builder repeatPenalty(float value) {
            this.repeatPenalty = value;
            return this;
        }

        /** The settings; an {@link IllegalArgumentException} names them when they do not fit together. */
        public SearchConfig build() {
            return new SearchConfig(defaultLimit, maxLimit, maxOffset, maxQueryChars, maxQueryTerms, rankDepth, rrfK, minSimilarity, snippetChars, facetSize, conceptSimilarity, maxConcepts, conceptBoost, cacheSize, vectorWeight, meetingSupport, repeatPenalty);
        }
    }
}
