package org.minutegraph.ingest.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * English analysis that keeps the identifiers of minutes findable: {@code cluster-api},
 * {@code k8s-harbor}, {@code scs-0102-v2} and {@code @handles} are indexed whole and by their parts,
 * words are lower-cased, stop words dropped and Porter-stemmed ("registries" ~ "registry").
 *
 * <p>The tokenizer splits on whitespace and most punctuation but keeps {@code - _ @ . / # '} inside
 * a token; edge punctuation is trimmed ({@link EdgePunctuationFilter}); {@link IdentifierParts} then
 * adds the parts: flattened onto positions at index time (the index cannot hold graphs), as a graph
 * at query time so the query parser builds correct alternatives. Use {@link #forIndexing()} for writers and
 * {@link #forQuery()} for parsers.
 */
public final class MinutesAnalyzer extends Analyzer {

    private static final int MAX_TOKEN_LENGTH = 255;

    private final boolean indexing;

    private MinutesAnalyzer(boolean indexing) {
        this.indexing = indexing;
    }

    public static MinutesAnalyzer forIndexing() {
        return new MinutesAnalyzer(true);
    }

    public static MinutesAnalyzer forQuery() {
        return new MinutesAnalyzer(false);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = CharTokenizer.fromTokenCharPredicate(MinutesAnalyzer::isTokenChar);
        TokenStream stream = new EdgePunctuationFilter(source);
        stream = new LengthFilter(stream, 1, MAX_TOKEN_LENGTH);
        stream = indexing ? IdentifierParts.flat(stream) : IdentifierParts.graph(stream);
        stream = new LowerCaseFilter(stream);
        stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    private static boolean isTokenChar(int c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '@' || c == '.' || c == '/'
                || c == '#' || c == '\'' || c == '\u2019';
    }
}
