package org.minutegraph.ingest.index;

import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * English analysis that keeps the identifiers of minutes findable: {@code cluster-api},
 * {@code k8s-harbor}, {@code scs-0102-v2} and {@code @handles} are indexed whole and by their parts,
 * words are lower-cased, stop words dropped and Porter-stemmed ("registries" ~ "registry").
 *
 * <p>The tokenizer splits on whitespace and most punctuation but keeps {@code - _ @ . / # '} inside
 * a token; edge punctuation is trimmed; {@link WordDelimiterGraphFilter} then adds the parts. At
 * index time the graph is flattened (the index cannot hold graphs); at query time it is kept so the
 * query parser builds correct alternatives. Use {@link #forIndexing()} for writers and
 * {@link #forQuery()} for parsers.
 */
public final class MinutesAnalyzer extends Analyzer {

    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}@#]+|[^\\p{L}\\p{N}]+$");
    private static final int WORD_DELIMITER_FLAGS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
            | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
            | WordDelimiterGraphFilter.PRESERVE_ORIGINAL
            | WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE;
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
        TokenStream stream = new PatternReplaceFilter(source, EDGE_PUNCTUATION, "", true);
        stream = new LengthFilter(stream, 1, MAX_TOKEN_LENGTH);
        stream = new WordDelimiterGraphFilter(stream, WORD_DELIMITER_FLAGS, null);
        if (indexing) {
            stream = new FlattenGraphFilter(stream);
        }
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
