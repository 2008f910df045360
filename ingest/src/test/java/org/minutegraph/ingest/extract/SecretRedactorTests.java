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
        @DisplayName("a private key block, keeping its lines so later line numbers stay true")
        void privateKeyBlocks() {
            String key = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\nQUJDRA==\n-----END OPENSSH PRIVATE KEY-----";
            String out = redactor.redact("key:\n" + key + "\nafter");
            assertThat(out).isEqualTo("key:\n" + SecretRedactor.MASK + "\n\n\n\nafter");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "the root password for the staging db is Xy7!kq9|Xy7!kq9",
                "pw for the jump host: Qz8#mw2v|Qz8#mw2v",
                "the admin password on the test VM = Fk3!xx9q|Fk3!xx9q",
                "password = Tz6&pp1r for now|Tz6&pp1r",
                "Passwort für den Testserver ist Wq4$nn7z|Wq4$nn7z",
                "pass: Hb5&tt2w|Hb5&tt2w",
                "**password**: Lm2^rr8e|Lm2^rr8e",
                "the password of the demo user is 'hunter22'|hunter22",
        })
        @DisplayName("a password in a sentence")
        void passwordInProse(String text, String secret) {
            assertThat(redactor.redact(text)).doesNotContain(secret).contains(SecretRedactor.MASK);
        }
    }

    @Nested
    @DisplayName("redacts every token format of the table")
    class Formats {
        static java.util.stream.Stream<FakeCredentials.Example> examples() {
            return FakeCredentials.ALL.stream();
        }

        @ParameterizedTest(name = "{0}")
        @org.junit.jupiter.params.provider.MethodSource("examples")
        @DisplayName("the format of that name matches exactly the credential, and the redactor removes it")
        void example(FakeCredentials.Example e) {
            TokenFormat format = TokenFormat.KNOWN.stream().filter(f -> f.kind().equals(e.kind())).findFirst().orElseThrow();
            java.util.regex.Matcher m = format.pattern().matcher(e.text());
            assertThat(m.find()).isTrue();
            assertThat(m.group(format.group())).isEqualTo(e.secret());
            assertThat(redactor.redact(e.text())).doesNotContain(e.secret()).contains(SecretRedactor.MASK);
        }

        @Test
        @DisplayName("every format in the table has an example")
        void everyFormatIsTested() {
            assertThat(FakeCredentials.ALL).extracting(FakeCredentials.Example::kind)
                    .containsAll(TokenFormat.KNOWN.stream().map(TokenFormat::kind).toList());
        }

        @Test
        @DisplayName("a Slack webhook keeps its host, so the reader sees what was there")
        void slackWebhookKeepsTheHost() {
            String hook = "https://hooks.slack.com/services/" + "TFAKE0000/BFAKE0000/" + "notARealWebhook" + "0".repeat(9);
            assertThat(redactor.redact("post to " + hook)).isEqualTo("post to https://hooks.slack.com/services/[REDACTED]");
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
                "the password is in the vault", "password reset", "password manager", "The password manager is 1Password",
                "the password for the staging db is in the vault", "the password for the staging db is stored in Vault",
                "password for the wiki: ask Anna", "pass: yes", "Pass: 3 of 5 tests green", "Tests: pass = 12, fail = 0",
                "a pass rate of 95%", "the token for the CI is stored as a GitHub secret", "sk-learn-pipelines-for-everyone",
                "see https://app.slack.com/client/T0123ABCD/C0456EFGH", "the pw for it is on the wiki page",
                "| user | password |", "| Header | Secret name |",
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
        @DisplayName("a table column headed password: every cell but placeholders, in text, prose and raw, one warning per row")
        void passwordColumn() {
            MinutesDocument doc = document("ops/20240101.md", section(0, "Access", 1, 1,
                    row(3, "user | password | note", "| user | password | note |"),
                    row(5, "admin | Xy7!kq9 | rotate", "| admin | Xy7!kq9 | rotate |"),
                    row(6, "ci | Fk3!xx9q | ", "| ci | `Fk3!xx9q` | |"),
                    row(7, "guest | - | none", "| guest | - | none |")));
            Redaction r = redactor.redact(doc);

            var blocks = r.document().sections().get(0).blocks();
            assertThat(r.document().toString()).doesNotContain("Xy7!kq9", "Fk3!xx9q");
            assertThat(blocks.get(1).text()).isEqualTo("admin | [REDACTED] | rotate");
            assertThat(blocks.get(1).raw()).isEqualTo("| admin | [REDACTED] | rotate |");
            assertThat(blocks.get(1).prose()).hasSameSizeAs(blocks.get(1).text());
            assertThat(blocks.get(0)).isEqualTo(doc.sections().get(0).blocks().get(0));
            assertThat(blocks.get(3)).isEqualTo(doc.sections().get(0).blocks().get(3));
            assertThat(r.warnings()).extracting(IngestWarning::line).containsExactly(5, 6);
            assertThat(r.warnings()).allSatisfy(w -> assertThat(w.reason()).contains("password in table"));
        }

        @Test
        @DisplayName("a table whose header names no secret, and rows of a later table, are left alone")
        void otherTables() {
            MinutesDocument doc = document("ops/20240101.md", section(0, "Access", 1, 1,
                    row(3, "user | password", "| user | password |"),
                    row(5, "admin | Xy7!kq9", "| admin | Xy7!kq9 |"),
                    row(8, "tool | owner", "| tool | owner |"),
                    row(10, "Vault | Xy7team", "| Vault | Xy7team |")));
            Redaction r = redactor.redact(doc);
            assertThat(r.warnings()).extracting(IngestWarning::line).containsExactly(5);
            assertThat(r.document().sections().get(0).blocks().get(3).text()).isEqualTo("Vault | Xy7team");
        }

        @Test
        @DisplayName("a table in markdown text (the page's source): the secret column's cells, lines kept")
        void passwordColumnInMarkdown() {
            String md = "# Access\n\n| user | Root PW |\n|------|:---:|\n| admin | Xy7!kq9 |\n| ci | n/a |\n\nafter | Xy7!kq9x\n";
            assertThat(redactor.redact(md))
                    .isEqualTo("# Access\n\n| user | Root PW |\n|------|:---:|\n| admin | [REDACTED] |\n| ci | n/a |\n\nafter | Xy7!kq9x\n");
        }

        @Test
        void aCleanDocumentComesBackUnchanged() {
            MinutesDocument doc = document("a/b.md", section(0, "T", 1, 1, paragraph(2, "password policy talk")));
            Redaction r = redactor.redact(doc);
            assertThat(r.clean()).isTrue();
            assertThat(r.document()).isEqualTo(doc);
        }
    }

    private static Block row(int line, String text, String raw) {
        return TextFixtures.raw(BlockKind.TABLE_ROW, line, text, text, raw);
    }
}
