package org.minutegraph.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutegraph.ingest.extract.TextFixtures.document;
import static org.minutegraph.ingest.extract.TextFixtures.listItem;
import static org.minutegraph.ingest.extract.TextFixtures.paragraph;
import static org.minutegraph.ingest.extract.TextFixtures.section;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.minutegraph.ingest.model.Block;
import org.minutegraph.ingest.model.BlockKind;
import org.minutegraph.ingest.model.IngestWarning;
import org.minutegraph.ingest.model.Link;
import org.minutegraph.ingest.model.MinutesDocument;

class SecretRedactorTests {

    private final SecretRedactor redactor = new SecretRedactor();

    @Nested
    @DisplayName("redacts")
    class Positives {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "login: admin / password: hunter2|hunter2",
                "user foo pw bar|bar",
                "PW: xyz|xyz",
                "pwd=Tr0ub4dor|Tr0ub4dor",
                "the wifi password is s3cret!|s3cret!",
                "Passwort: Sommer2024|Sommer2024",
                "OCI_PASSWORD=\"k9Lm2pQr\"|k9Lm2pQr",
                "db_password: 'correct horse battery'|correct horse battery",
                "client_secret: Zk3pW9qLx0aB7cD2eF|Zk3pW9qLx0aB7cD2eF",
                "api_key = AbCdEf123456GhIj|AbCdEf123456GhIj",
                "pullToken: a8F3kL0pQ2wE9rT5yU1i|a8F3kL0pQ2wE9rT5yU1i",
                "clone https://bot:Pa55w0rdX@git.example.org/repo.git|Pa55w0rdX",
                "token ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789|ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789",
                "key AKIAABCDEFGHIJKLMNOP leaked|AKIAABCDEFGHIJKLMNOP",
                "hook xoxb-1234567890-abcdefghij|xoxb-1234567890-abcdefghij",
                "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dQw4w9WgXcQ_abcdefgh|eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dQw4w9WgXcQ_abcdefgh",
                "use token Q2hhbmdlVGhpc1Rva2VuUGxlYXNlMTIzNDU2 for the API|Q2hhbmdlVGhpc1Rva2VuUGxlYXNlMTIzNDU2",
        })
        void secret(String text, String secret) {
            String out = redactor.redact(text);
            assertThat(out).doesNotContain(secret).contains(SecretRedactor.MASK);
        }

        @Test
        void privateKeyBlocks() {
            String key = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\nQUJDRA==\n-----END OPENSSH PRIVATE KEY-----";
            String out = redactor.redact("key:\n" + key + "\nafter");
            assertThat(out).isEqualTo("key:\n" + SecretRedactor.MASK + "\nafter");
        }

        @Test
        void keepsTheKeyAndTheRestOfTheLine() {
            assertThat(redactor.redact("login: admin / password: hunter2 (rotate monthly)"))
                    .isEqualTo("login: admin / password: [REDACTED] (rotate monthly)");
        }
    }

    @Nested
    @DisplayName("leaves prose alone")
    class Negatives {
        @ParameterizedTest
        @ValueSource(strings = {
                "password reset flow", "password policy for operators", "the token exchange spec",
                "secret management with Vault", "Keycloak admin password should be rotated", "Root password",
                "the password is unused by our images", "Password: reset it every month", "OCI_PASSWORD=\"SECRET\"",
                "token: <your token here>", "password: ${DB_PASSWORD}", "password: ***", "application-credential-secret=",
                "managed-secret: cloud-config", "pullSecret: '{\"auths\":{\"fake\":{\"auth\":\"...\"}}}'",
                "Starting with username/password auth", "user name and password are required", "secret names must be unique",
                "Secrets: 3 rotated", "tokens: many", "X-Auth: TOKEN should work", "a PASS result after a FAIL",
                "see https://example.org/p/a8F3kL0pQ2wE9rT5yU1i", "kubectl --password-stdin < file",
                "the access token lifetime is 5 minutes", "client_secret_basic is the auth method",
                "nothing beyond my username and password (and maybe a second factor)", "user root password is weak",
        })
        void prose(String text) {
            assertThat(redactor.redact(text)).isEqualTo(text);
        }
    }

    @Nested
    @DisplayName("documents")
    class Documents {
        @Test
        void redactsEveryFieldAndWarnsWithoutTheSecret() {
            Block leaky = TextFixtures.block(BlockKind.LIST_ITEM, 7, "admin pw: `hunter22` see https://u:Pa55w0rdX@h.example.org",
                    "- admin pw: `hunter22` see https://u:Pa55w0rdX@h.example.org",
                    new Link("https://u:Pa55w0rdX@h.example.org", "", 7));
            MinutesDocument doc = document("ops/20240101.md",
                    section(0, "Team Ops", 1, 1, paragraph(2, "nothing here")),
                    section(1, "Access password: hunter33", 2, 6, leaky, listItem(8, "fine")));
            Redaction r = redactor.redact(doc);

            String all = r.document().toString();
            assertThat(all).doesNotContain("hunter22", "hunter33", "Pa55w0rdX");
            Block redacted = r.document().sections().get(1).blocks().get(0);
            assertThat(redacted.prose()).hasSameSizeAs(redacted.text());
            assertThat(redacted.links().get(0).url()).isEqualTo("https://u:[REDACTED]@h.example.org");
            assertThat(r.document().sections().get(1).heading()).isEqualTo("Access password: [REDACTED]");
            assertThat(r.warnings()).extracting(IngestWarning::line).containsExactly(6, 7);
            assertThat(r.warnings()).allSatisfy(w -> {
                assertThat(w.sourcePath()).isEqualTo("ops/20240101.md");
                assertThat(w.reason()).startsWith("possible password/credential redacted").doesNotContain("hunter", "Pa55");
            });
            assertThat(r.document().sections().get(0)).isEqualTo(doc.sections().get(0));
        }

        @Test
        void findsTheLineInsideACodeBlock() {
            Block code = TextFixtures.code(10, "clouds:\n  c1:\n    auth:\n      application_credential_secret: \"Xk29fjQm1LzP0aaT\"");
            Redaction r = redactor.redact(document("h/notes.md", section(0, "Hack", 1, 1), section(1, "Access", 2, 9, code)));
            assertThat(r.warnings()).extracting(IngestWarning::line).containsExactly(14);
            assertThat(r.document().sections().get(1).blocks().get(0).raw()).doesNotContain("Xk29fjQm1LzP0aaT");
            assertThat(r.document().sections().get(1).blocks().get(0).text()).doesNotContain("Xk29fjQm1LzP0aaT");
        }

        @Test
        void aCleanDocumentComesBackUnchanged() {
            MinutesDocument doc = document("a/b.md", section(0, "T", 1, 1, paragraph(2, "password policy talk")));
            Redaction r = redactor.redact(doc);
            assertThat(r.clean()).isTrue();
            assertThat(r.document()).isEqualTo(doc);
        }
    }
}
