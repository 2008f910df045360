package org.minutegraph.ingest.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

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
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MinutesAnalyzerTests {

    static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void identifiersAreIndexedWholeAndByParts() throws IOException {
        List<String> t = tokens(MinutesAnalyzer.forIndexing(), "Moving cluster-api to scs-0102-v2, see k8s-harbor (@JSchoone).");
        assertThat(t).contains("cluster-api", "cluster", "api", "scs-0102-v2", "sc", "0102", "v2", "k8s-harbor", "k8", "harbor",
                "@jschoon", "jschoon");
    }

    @Test
    void queryTimeMatchesIndexTime() throws IOException {
        List<String> indexed = tokens(MinutesAnalyzer.forIndexing(), "container registries and the Registry's @bob");
        assertThat(tokens(MinutesAnalyzer.forQuery(), "registry")).allMatch(indexed::contains);
        assertThat(tokens(MinutesAnalyzer.forQuery(), "@bob")).allMatch(indexed::contains);
        assertThat(indexed).doesNotContain("and", "the");
    }

    @Test
    void edgePunctuationIsTrimmedAndLoneSymbolsDropped() throws IOException {
        assertThat(tokens(MinutesAnalyzer.forIndexing(), "** - (Harbor), @ ... #212"))
                .contains("harbor", "#212", "212")
                .doesNotContain("@", "-", "**", "(harbor),");
    }

    /** Term, position increment and offsets of every token. */
    static List<String> positions(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "+" + increment.getPositionIncrement() + "@" + offsets.startOffset() + "-" + offsets.endOffset());
            }
            ts.end();
        }
        return out;
    }

    /** The index analysis as Lucene's stock filters give it: a regex trim, and every token through the graph and its flattening. */
    private static final Analyzer STOCK = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = CharTokenizer.fromTokenCharPredicate(c -> Character.isLetterOrDigit(c) || "-_@./#'\u2019".indexOf(c) >= 0);
            TokenStream stream = new PatternReplaceFilter(source, Pattern.compile("^[^\\p{L}\\p{N}@#]+|[^\\p{L}\\p{N}]+$"), "", true);
            stream = new LengthFilter(stream, 1, 255);
            stream = new FlattenGraphFilter(new WordDelimiterGraphFilter(stream, WordDelimiterGraphFilter.GENERATE_WORD_PARTS
                    | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS | WordDelimiterGraphFilter.PRESERVE_ORIGINAL
                    | WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE, null));
            stream = new LowerCaseFilter(stream);
            stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            return new TokenStreamComponents(source, new PorterStemFilter(stream));
        }
    };

    @Test
    void indexAnalysisGivesTheSameTokensPositionsAndOffsetsAsStockFilters() throws IOException {
        for (String text : List.of(
                "Moving cluster-api to scs-0102-v2, see k8s-harbor (@JSchoone).",
                "Planned Tuesday next week (2022-08-30).\n\n## SIG Monitoring -- nothing new :-) ### AOB",
                "See https://github.com/SovereignCloudStack/minutes/blob/main/iaas/20221214.md and #212, repo#3.",
                "Harbor's registry; the team's k8s_v1.2 ... @@x -@y _z_ 'quoted' \u2019tis Müller Ⅻ ½ e\u0301t\u00e9 \uD83D\uDE00ok",
                "** - (Harbor), @ ... #212 ... - - - end.")) {
            assertThat(positions(MinutesAnalyzer.forIndexing(), text)).as(text).isEqualTo(positions(STOCK, text));
        }
    }
}
