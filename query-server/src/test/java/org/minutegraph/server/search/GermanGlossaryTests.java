package org.minutegraph.server.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GermanGlossaryTests {

    private final GermanGlossary glossary = GermanGlossary.load();

    @Test
    @DisplayName("German words are read as English, function words dropped, names kept")
    void readsGerman() {
        assertThat(glossary.read("Sicherung der Nutzerdaten")).isEqualTo("backup user data");
        assertThat(glossary.read("Verschlüsselung für Keycloak")).isEqualTo("encryption Keycloak");
        assertThat(glossary.read("warum gibt es Probleme mit Harbor")).isEqualTo("why problems Harbor");
    }

    @Test
    @DisplayName("umlauts may be written as ae, oe, ue")
    void umlautSpellings() {
        assertThat(glossary.read("Verschluesselung")).isEqualTo(glossary.read("Verschlüsselung")).isEqualTo("encryption");
    }

    @Test
    @DisplayName("a compound ending in a glossary noun is read part by part")
    void compounds() {
        assertThat(glossary.read("Statusseite")).isEqualTo("status page");
        assertThat(glossary.read("Kundendaten")).isEqualTo("customers data");
        assertThat(glossary.read("Verschlüsselungsschlüssel")).isEqualTo("encryption key");
    }

    @Test
    @DisplayName("English queries, acronyms and words that are English too pass unchanged")
    void englishUntouched() {
        assertThat(glossary.read("will the registry stand the load")).isEqualTo("will the registry stand the load");
        assertThat(glossary.read("MIT license for the docs")).isEqualTo("MIT license for the docs");
        assertThat(glossary.read("die roll")).isEqualTo("die roll");
        assertThat(glossary.read("k8s 1.29 upgrade")).isEqualTo("k8s 1.29 upgrade");
    }

    @Test
    @DisplayName("a word that is English too is read as German beside another German word")
    void alsoEnglishWithGerman() {
        assertThat(glossary.read("Stand von rookify")).isEqualTo("status rookify");
        assertThat(glossary.read("die Sicherung")).isEqualTo("backup");
    }

    @Test
    @DisplayName("a query of function words only stays as it was")
    void nothingLeft() {
        assertThat(glossary.read("und oder")).isEqualTo("und oder");
    }

    @Test
    @DisplayName("a glossary line without a tab is refused with its line number")
    void badLine() {
        assertThatThrownBy(() -> GermanGlossary.parse(new BufferedReader(new StringReader("# ok\nSicherung backup\n"))))
                .hasMessageContaining("line 2");
    }
}
