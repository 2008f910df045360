package org.minutegraph.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MeetingFusionTests {

    private static final Map<Integer, String> MEETING = Map.of(1, "a", 2, "a", 3, "a", 4, "b", 5, "c");

    private static Map<Integer, Double> scores() {
        Map<Integer, Double> scores = new HashMap<>();
        scores.put(1, 0.50);
        scores.put(2, 0.45);
        scores.put(3, 0.44);
        scores.put(4, 0.40);
        scores.put(5, 0.30);
        return scores;
    }

    @Test
    @DisplayName("without support or penalty the order is the fused order")
    void neutral() {
        assertThat(MeetingFusion.rank(scores(), MEETING::get, 0, 1)).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    @DisplayName("a meeting's further passages yield to other meetings")
    void repeatsYield() {
        List<Integer> ranked = MeetingFusion.rank(scores(), MEETING::get, 0, 0.5);
        assertThat(ranked).containsExactly(1, 4, 5, 2, 3);
    }

    @Test
    @DisplayName("a passage whose meeting matches elsewhere too gains on a lone passage")
    void supportLifts() {
        Map<Integer, Double> scores = new HashMap<>(Map.of(1, 0.30, 2, 0.20, 4, 0.40));
        List<Integer> ranked = MeetingFusion.rank(scores, MEETING::get, 0.6, 1);
        assertThat(ranked.get(0)).isEqualTo(1);
        assertThat(scores.get(1)).isGreaterThan(scores.get(4));
    }
}
