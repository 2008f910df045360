package org.minutegraph.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutegraph.ingest.index.PassageSchema;

class SnippetsTests {

    @Test
    @DisplayName("the lean passage scorer gives Lucene's scores exactly")
    void leanScorerMatchesLucene() {
        Random random = new Random(7);
        PassageScorer lucene = new PassageScorer();
        PassageScorer lean = new Snippets.LeanPassageScorer();
        String[] words = {"harbor", "registri", "keppel", "oci", "zot"};
        for (int round = 0; round < 500; round++) {
            Passage passage = new Passage();
            int start = random.nextInt(500);
            int length = 250 + random.nextInt(200);
            passage.setStartOffset(start);
            passage.setEndOffset(start + length);
            int at = start;
            for (int m = random.nextInt(12); m > 0; m--) {
                at += 1 + random.nextInt(20);
                passage.addMatch(at, at + 5, new BytesRef(words[random.nextInt(words.length)]), 1 + random.nextInt(9));
            }
            int contentLength = passage.getEndOffset() + random.nextInt(1000);
            assertThat(lean.score(passage, contentLength)).isEqualTo(lucene.score(passage, contentLength));
        }
    }

    @Test
    @DisplayName("the highlight query keeps only text clauses, and a required clause always matches")
    void textPart() {
        Query heading = new TermQuery(new Term(PassageSchema.HEADING, "harbor"));
        Query text = new TermQuery(new Term(PassageSchema.TEXT, "harbor"));
        Query tool = new TermQuery(new Term(PassageSchema.TOOL, "https://example.org/tool/harbor"));
        Query disjunction = new BooleanQuery.Builder().add(text, BooleanClause.Occur.SHOULD).add(new BoostQuery(heading, 2), BooleanClause.Occur.SHOULD).build();
        Query query = new BooleanQuery.Builder().add(disjunction, BooleanClause.Occur.MUST).add(tool, BooleanClause.Occur.SHOULD).build();

        Query reduced = Snippets.forText(query);

        StringBuilder fields = new StringBuilder();
        reduced.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                for (Term t : terms) {
                    fields.append(t.field()).append(' ');
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        assertThat(fields.toString().strip()).isEqualTo(PassageSchema.TEXT);
        // a doc matching only in the heading still matches the required clause, so its other text matches still show
        assertThat(reduced.toString()).contains("*:*");
        assertThat(Snippets.forText(tool)).isInstanceOf(MatchNoDocsQuery.class);
    }
}
