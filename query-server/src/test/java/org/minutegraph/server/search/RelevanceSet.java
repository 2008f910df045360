package org.minutegraph.server.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The judged queries of {@code search/relevance-set.tsv}: each with its kind, whether it is held out, and the
 * sections of the real corpus that answer it, graded 2 (the meeting a person would pick), 1 (helps) or 0 (not it).
 */
record RelevanceSet(List<RelevanceSet.Query> queries, Map<Boolean, RelevanceSet.Gate> keywordGates) {

    static final String RESOURCE = "/search/relevance-set.tsv";

    enum Kind { KEYWORD, PARAPHRASE, QUESTION, GERMAN }

    record Judgement(String sourcePath, int startLine, int endLine, int grade) {
        Judgement {
            Objects.requireNonNull(sourcePath, "sourcePath");
            if (grade < 0 || grade > 2 || startLine < 1 || endLine < startLine) {
                throw new IllegalArgumentException("bad judgement " + sourcePath + ":" + startLine + "-" + endLine + "=" + grade);
            }
        }
    }

    /** The least mean recall@10 and nDCG@10 the keyword queries of one split must reach in hybrid mode. */
    record Gate(double recall, double ndcg) {
    }

    /** @param heldOut which split */
    Gate keywordGate(boolean heldOut) {
        Gate gate = keywordGates.get(heldOut);
        if (gate == null) {
            throw new IllegalStateException(RESOURCE + " has no line '# gate: keyword hybrid " + (heldOut ? "heldout" : "tuned") + " recall@10 >= R and nDCG@10 >= N'");
        }
        return gate;
    }

    record Query(Kind kind, boolean heldOut, String text, List<Judgement> judgements, String how) {
        Query {
            judgements = List.copyOf(judgements);
        }

        /** Grade per meeting: the best of its judged sections. */
        Map<String, Integer> gradeByMeeting() {
            Map<String, Integer> grades = new LinkedHashMap<>();
            judgements.forEach(j -> grades.merge(j.sourcePath(), j.grade(), Math::max));
            return grades;
        }
    }

    private static final Pattern GATE = Pattern.compile("gate: keyword hybrid (tuned|heldout) recall@10 >= ([0-9.]+) and nDCG@10 >= ([0-9.]+)");
    private static final Pattern JUDGEMENT = Pattern.compile("(.+):(\\d+)-(\\d+)=([012])");

    static RelevanceSet load() {
        try (InputStream in = RelevanceSet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " on the test class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RelevanceSet parse(String tsv) {
        Map<Boolean, Gate> gates = new LinkedHashMap<>();
        List<Query> queries = new ArrayList<>();
        String[] lines = tsv.split("\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.startsWith("#")) {
                Matcher gate = GATE.matcher(line);
                if (gate.find()) {
                    gates.put(gate.group(1).equals("heldout"), new Gate(Double.parseDouble(gate.group(2)), Double.parseDouble(gate.group(3))));
                }
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 5 || !(cols[1].equals("tuned") || cols[1].equals("heldout"))) {
                throw new IllegalArgumentException(RESOURCE + " line " + (n + 1) + ": want kind, tuned|heldout, query, judgements, how");
            }
            List<Judgement> judgements = new ArrayList<>();
            for (String j : cols[3].split(";")) {
                Matcher m = JUDGEMENT.matcher(j);
                if (!m.matches()) {
                    throw new IllegalArgumentException(RESOURCE + " line " + (n + 1) + ": judgement not PATH:START-END=GRADE: " + j);
                }
                judgements.add(new Judgement(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
            }
            queries.add(new Query(Kind.valueOf(cols[0].toUpperCase(java.util.Locale.ROOT)), cols[1].equals("heldout"), cols[2], judgements, cols[4]));
        }
        return new RelevanceSet(List.copyOf(queries), Map.copyOf(gates));
    }
}
