package org.minutegraph.ingest.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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
}
