package org.minutegraph.ingest.extract;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A credential recognised by its shape alone, wherever it stands: a vendor's token prefix, a
 * webhook URL, a key in a connection string. {@link #KNOWN} is the table {@link SecretRedactor}
 * reads; a new format is one more row there (and one more case in {@code SecretRedactorTests}).
 *
 * @param kind what a warning calls it (warnings never show the value)
 * @param hint a cheap test that is true for every string the pattern can match (most often: it
 *     contains one of the format's literal markers), so that {@link SecretHints} can rule a string
 *     out without running the pattern
 * @param pattern the format
 * @param group the pattern's group that is redacted (0: the whole match)
 * @param plausible a last check on that group, for formats whose prefix alone could be a word
 */
record TokenFormat(String kind, Predicate<String> hint, Pattern pattern, int group, Predicate<String> plausible) {

    /** A token is not the tail of a word, and no word character or dash follows it. */
    private static final String BEFORE = "(?<!\\w)";
    private static final String AFTER = "(?![\\w-])";

    static final List<TokenFormat> KNOWN = List.of(
            of("private key", "-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----[\\s\\S]*?"
                    + "(?:-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|\\z)", "-----BEGIN "),
            new TokenFormat("credentials in URL", TokenFormat::userAndPasswordAfterScheme,
                    Pattern.compile("\\b[a-z][a-z0-9+.-]*://[^\\s:/@]+:([^\\s@/]+)@", Pattern.CASE_INSENSITIVE), 1, v -> true),
            token("GitHub token", "gh[pousr]_[A-Za-z0-9]{30,}", "ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
            token("GitHub token", "github_pat_\\w{30,}", "github_pat_"),
            token("GitLab token", "gl(?:pat|dt|rt|ptt|cbt|ft|oas)-[\\w-]{20,}", "glpat-", "gldt-", "glrt-", "glptt-", "glcbt-",
                    "glft-", "gloas-"),
            token("AWS access key", "(?:AKIA|ASIA)[0-9A-Z]{16}", "AKIA", "ASIA"),
            token("Slack token", "(?:xox[abposre]|xapp)-[A-Za-z0-9-]{10,}", "xox", "xapp-"),
            of("Slack webhook", 1, "\\bhooks\\.slack(?:-gov)?\\.com/(?:services|workflows|triggers)/([\\w/-]{16,})", "hooks.slack"),
            token("Google API key", "AIza[\\w-]{35}", "AIza"),
            token("Stripe key", "(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{16,}", "sk_live_", "sk_test_", "rk_live_", "rk_test_"),
            token("Stripe webhook secret", "whsec_[0-9A-Za-z]{24,}", "whsec_"),
            token("npm token", "npm_[A-Za-z0-9]{36}", "npm_"),
            token("PyPI token", "pypi-[\\w-]{50,}", "pypi-"),
            // "sk-" also starts plain words ("sk-learn-..."): the key must look generated.
            new TokenFormat("OpenAI-style key", markers("sk-"),
                    Pattern.compile(BEFORE + "sk-(?:proj-|svcacct-|admin-|ant-)?[\\w-]{20,}" + AFTER), 0, SecretRedactor::looksRandom),
            token("JSON web token", "eyJ[\\w-]{8,}\\.eyJ[\\w-]{8,}\\.[\\w-]{8,}", "eyJ"),
            of("Azure connection string key", 1, "\\b(?:AccountKey|SharedAccessKey)=([A-Za-z0-9+/]{20,}={0,2})",
                    "AccountKey=", "SharedAccessKey="),
            of("Azure storage account key", 0, "(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{86}==(?![A-Za-z0-9+/=])", "=="),
            of("Azure SAS signature", 1, "[?&]sig=([A-Za-z0-9%+/]{20,}(?:%3[Dd]|=){0,2})", "sig="));

    TokenFormat {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(hint, "hint");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(plausible, "plausible");
    }

    private static TokenFormat token(String kind, String regex, String... markers) {
        return new TokenFormat(kind, markers(markers), Pattern.compile(BEFORE + "(?:" + regex + ")" + AFTER), 0, v -> true);
    }

    private static TokenFormat of(String kind, String regex, String... markers) {
        return of(kind, 0, regex, markers);
    }

    private static TokenFormat of(String kind, int group, String regex, String... markers) {
        return new TokenFormat(kind, markers(markers), Pattern.compile(regex), group, v -> true);
    }

    /** True when {@code s} contains one of {@code markers}. */
    private static Predicate<String> markers(String... markers) {
        List<String> all = List.of(markers);
        return s -> {
            for (String m : all) {
                if (s.contains(m)) {
                    return true;
                }
            }
            return false;
        };
    }

    /** "://user:pass@" somewhere: a colon, then an '@' before any blank or '/'. Plain URLs and handles fail. */
    private static boolean userAndPasswordAfterScheme(String s) {
        for (int i = s.indexOf("://"); i >= 0; i = s.indexOf("://", i + 3)) {
            boolean colon = false;
            for (int j = i + 3; j < s.length(); j++) {
                char c = s.charAt(j);
                if (" \t\n\u000B\f\r/".indexOf(c) >= 0) { // regex \s is ASCII-only
                    break;
                }
                if (c == ':') {
                    colon = true;
                } else if (c == '@') {
                    if (colon) {
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }
}
