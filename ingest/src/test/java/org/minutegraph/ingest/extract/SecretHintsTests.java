package org.minutegraph.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutegraph.ingest.pipeline.Corpora;

/** The cheap pre-test must let through everything the full patterns would redact, and little else. */
class SecretHintsTests {

    private final SecretRedactor redactor = new SecretRedactor();

    @Test
    @DisplayName("every secret form the redactor knows passes the pre-test")
    void secretsPass() {
        List<String> secrets = List.of("db password: s3cr3t-Value", "OCI_PASSWORD=\"abc\"", "the pw is Wurst42",
                "user bob pw tricky1", "client_secret: aZ9kQ2mX7pL0", "API key  Zx81kfPq03LmNa99TTqwe77zzAAbbCCd",
                "see https://alice:Xy7pQ@example.org/x", "ghp_" + "a".repeat(36), "AKIA" + "ABCDEFGHIJKLMNOP",
                "xoxb-1234567890-abc", "glpat-" + "x".repeat(20), "-----BEGIN RSA PRIVATE KEY-----\nabc",
                "Token:\tqwertyQWERTY12", "Kennwort=geheim9", "the root password for the staging db is Xy7!kq9",
                "**password**: Lm2^rr8e", "pass: Hb5&tt2w");
        List<String> formats = FakeCredentials.ALL.stream().map(FakeCredentials.Example::text).toList();
        for (String s : java.util.stream.Stream.concat(secrets.stream(), formats.stream()).toList()) {
            assertThat(redactor.findUnfiltered(s)).as(s).isNotEmpty();
            assertThat(SecretHints.mayHoldSecret(s)).as(s).isTrue();
        }
    }

    @Test
    @DisplayName("ordinary prose, handles and plain URLs are ruled out")
    void proseIsRuledOut() {
        assertThat(SecretHints.mayHoldSecret("We talked to @alice about https://github.com/org/repo and Keycloak")).isFalse();
        assertThat(SecretHints.mayHoldSecret("the keystone tokens expire")).isFalse();
    }

    @Test
    @DisplayName("on the real corpus, no line the full patterns catch is ruled out")
    void realCorpusLinesAgree() throws IOException {
        Path corpus = Corpora.real();
        long checked;
        try (Stream<Path> files = Files.walk(corpus)) {
            checked = files.filter(p -> p.toString().endsWith(".md")).flatMap(SecretHintsTests::lines)
                    .filter(l -> !redactor.findUnfiltered(l).isEmpty())
                    .peek(l -> assertThat(SecretHints.mayHoldSecret(l)).as(l).isTrue())
                    .count();
        }
        assertThat(checked).isPositive();
    }

    private static Stream<String> lines(Path p) {
        try {
            return Files.readAllLines(p).stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
