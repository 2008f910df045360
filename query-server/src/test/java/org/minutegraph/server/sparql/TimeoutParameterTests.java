package org.minutegraph.server.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutegraph.server.web.http.BadRequestException;

@DisplayName("timeout parameter")
class TimeoutParameterTests {

    @Test
    @DisplayName("plain numbers are seconds, decimals allowed")
    void seconds() {
        assertThat(TimeoutParameter.parse("2")).isEqualTo(Duration.ofSeconds(2));
        assertThat(TimeoutParameter.parse("0.25")).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    @DisplayName("an ms suffix means milliseconds")
    void millis() {
        assertThat(TimeoutParameter.parse("1500ms")).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    @DisplayName("zero, negative and non-numbers are bad requests")
    void invalid() {
        for (String bad : new String[] {"0", "-1", "soon", "1.5ms", ""}) {
            assertThatThrownBy(() -> TimeoutParameter.parse(bad)).as(bad).isInstanceOf(BadRequestException.class);
        }
    }
}
