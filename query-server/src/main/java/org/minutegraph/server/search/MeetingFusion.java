package org.minutegraph.server.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Re-weighs fused passage scores by meeting: a passage gains a share of the scores of its meeting's
 * other matching passages (a meeting that matches in several places is more likely the one asked
 * for), and each further passage of a meeting already ranked higher loses weight, so one meeting's
 * many small sections do not fill the page.
 */
final class MeetingFusion {

    private MeetingFusion() {
    }

    /**
     * Replaces the values of {@code scores} by the re-weighed scores and returns the documents best
     * first (document id breaks ties); {@code meetingOf} names the meeting of a document.
     */
    static List<Integer> rank(Map<Integer, Double> scores, IntFunction<String> meetingOf, double support, double repeatPenalty) {
        if (support == 0 && repeatPenalty == 1) {
            return sorted(scores); // nothing to re-weigh: no meeting needs looking up
        }
        Map<Integer, String> meetings = new HashMap<>();
        Map<String, Double> totals = new HashMap<>();
        for (Map.Entry<Integer, Double> e : scores.entrySet()) {
            String meeting = meetingOf.apply(e.getKey());
            meetings.put(e.getKey(), meeting);
            totals.merge(meeting, e.getValue(), Double::sum);
        }
        Map<Integer, Double> supported = new LinkedHashMap<>();
        scores.forEach((doc, score) -> supported.put(doc, score + support * (totals.get(meetings.get(doc)) - score)));
        List<Integer> order = sorted(supported);
        Map<String, Integer> placed = new HashMap<>();
        for (Integer doc : order) {
            int before = placed.merge(meetings.get(doc), 1, Integer::sum) - 1;
            supported.put(doc, supported.get(doc) * Math.pow(repeatPenalty, before));
        }
        scores.putAll(supported);
        return sorted(scores);
    }

    private static List<Integer> sorted(Map<Integer, Double> scores) {
        List<Integer> docs = new ArrayList<>(scores.keySet());
        docs.sort(Comparator.<Integer>comparingDouble(scores::get).reversed().thenComparing(Comparator.naturalOrder()));
        return docs;
    }
}
