package org.minutegraph.ingest.extract;

import java.util.List;

/**
 * One made-up credential for every {@link TokenFormat}, in a sentence as minutes would hold it.
 * None is real; vendor-shaped ones are built by concatenation so secret scanners do not flag them.
 */
final class FakeCredentials {

    /** A sentence holding {@code secret}, which the format named {@code kind} must catch. */
    record Example(String kind, String text, String secret) {
        @Override
        public String toString() {
            return kind;
        }
    }

    private static final String AZURE_KEY = "FakeAzureStorageKeyForTestsOnly" + "0".repeat(55) + "==";

    static final List<Example> ALL = List.of(
            example("private key", "key:\n%s\nafter",
                    "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\nQUJDRA==\n-----END OPENSSH PRIVATE KEY-----"),
            example("credentials in URL", "clone https://deploy:%s@git.example.org/repo.git", "Fake-Pa55"),
            example("GitHub token", "token %s", "ghp_" + "FAKEfakeFAKEfake" + "0".repeat(20)),
            example("GitLab token", "export GITLAB_TOKEN %s now", "glpat-" + "FAKEfake" + "0".repeat(12)),
            example("AWS access key", "key %s leaked", "AKIA" + "FAKE" + "0".repeat(12)),
            example("Slack token", "bot %s", "xoxb-" + "0000000000-FAKEfake"),
            example("Slack webhook", "alerts go to https://hooks.slack.com/services/%s for now",
                    "TFAKE0000/BFAKE0000/" + "notARealWebhook" + "0".repeat(9)),
            example("Google API key", "maps key %s in the config", "AIza" + "FakeKeyForTestsOnly" + "0".repeat(16)),
            example("Stripe key", "billing uses %s until Friday", "sk_" + "live_" + "FAKEfake" + "0".repeat(16)),
            example("Stripe webhook secret", "hook signing %s", "whsec_" + "FAKEfake" + "0".repeat(20)),
            example("npm token", "publish with %s", "npm_" + "FAKE" + "0".repeat(32)),
            example("PyPI token", "upload with %s", "pypi-" + "AgEIcHlwaS5vcmc" + "FAKE" + "0".repeat(40)),
            example("OpenAI-style key", "the bot uses %s", "sk-" + "proj-" + "FAKEfakeFAKE" + "0".repeat(20)),
            example("JSON web token", "Authorization: Bearer %s",
                    "eyJ" + "hbGciOiJIUzI1NiJ9" + ".eyJ" + "zdWIiOiJmYWtlIn0" + ".FAKEsignature00"),
            example("Azure connection string key",
                    "DefaultEndpointsProtocol=https;AccountName=fakeacct;AccountKey=%s;EndpointSuffix=core.windows.net",
                    "FakeKey" + "0".repeat(30) + "=="),
            example("Azure storage account key", "az storage blob list --account-name fakeacct --account-key \"%s\"", AZURE_KEY),
            example("Azure SAS signature",
                    "https://fakeacct.blob.core.windows.net/c/f.txt?sp=r&se=2024-01-02&sv=2022-11-02&sr=b&sig=%s",
                    "FakeSignature" + "0".repeat(20) + "%3D"));

    private FakeCredentials() {
    }

    private static Example example(String kind, String template, String secret) {
        return new Example(kind, template.formatted(secret), secret);
    }
}
