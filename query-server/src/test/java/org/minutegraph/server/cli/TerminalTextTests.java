package org.minutegraph.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("untrusted text reaches the terminal with its control characters shown, not obeyed")
class TerminalTextTests {

    @Test
    @DisplayName("ESC, the ASCII controls and line breaks become escapes; ordinary text, umlauts and emoji stay")
    void asciiControls() {
        assertThat(TerminalText.escape("\u001b[31mred.md")).isEqualTo("\\e[31mred.md");
        assertThat(TerminalText.escape("a\nb\rc\td\u0007e\u0000f\u007f")).isEqualTo("a\\nb\\rc\\td\\x07e\\x00f\\x7f");
        assertThat(TerminalText.escape("team/2024-03-05 Überblick 🚀.md")).isEqualTo("team/2024-03-05 Überblick 🚀.md");
    }

    @Test
    @DisplayName("C1 controls (a one-byte CSI) and marks that reorder the line are escaped as \\u")
    void unicodeControls() {
        assertThat(TerminalText.escape("x\u009b2Jy")).isEqualTo("x\\u009b2Jy");
        assertThat(TerminalText.escape("evil\u202egnp.md")).isEqualTo("evil\\u202egnp.md");
        assertThat(TerminalText.escape("a\u2028b")).isEqualTo("a\\u2028b");
    }

    @Test
    @DisplayName("escapeLines keeps the line breaks of a table and escapes what is inside its lines")
    void lines() {
        assertThat(TerminalText.escapeLines("| a |\n| \u001b]0;title\u0007 |\r\n")).isEqualTo("| a |\n| \\e]0;title\\x07 |\r\n");
    }
}
