package org.minutegraph.server.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SearchConfigTests {

    @Test
    @DisplayName("a setting changed by name leaves every other one at its value")
    void namedSettings() {
        SearchConfig d = SearchConfig.defaults();
        SearchConfig uncached = d.toBuilder().cacheSize(0).build();
        assertThat(uncached.cacheSize()).isZero();
        assertThat(uncached.toBuilder().cacheSize(d.cacheSize()).build()).isEqualTo(d);
        assertThat(SearchConfig.builder().build()).isEqualTo(d);
    }

    @Test
    @DisplayName("settings that do not fit together are refused, naming them")
    void inconsistent() {
        assertThatThrownBy(() -> SearchConfig.builder().maxLimit(5).defaultLimit(10).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxLimit=5");
    }
}
