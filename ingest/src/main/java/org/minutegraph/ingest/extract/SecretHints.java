package org.minutegraph.ingest.extract;

/**
 * A cheap test that rules out strings no {@link SecretRedactor} rule can match, so its regexes
 * run only on the few strings that hold a password, token or key (most prose holds none).
 *
 * <p>It must never say "no" to a string one of those rules matches: each needs either a key word
 * followed by a quote, emphasis, a blank, ':' or '=' (ASCII case-insensitive, like the patterns), or
 * what a {@link TokenFormat}'s own hint asks for. Tables are found apart from this test.
 */
final class SecretHints {

    /** Every key word of the patterns' alternations ("api key", "access_key" end in "key"). */
    private static final String[] KEYWORDS = {"password", "passwort", "passwd", "passphrase", "pass", "kennwort", "pwd", "pw",
        "secret", "token", "key"};

    private SecretHints() {
    }

    /** False only when no secret rule can match {@code s}. */
    static boolean mayHoldSecret(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            switch (s.charAt(i)) {
                case 'p', 'P', 'k', 'K', 's', 'S', 't', 'T' -> {
                    if (keywordAt(s, i)) {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        for (TokenFormat f : TokenFormat.KNOWN) {
            if (f.hint().test(s)) {
                return true;
            }
        }
        return false;
    }

    /** A key word at {@code i} followed by what every pattern needs next: a quote or emphasis, then a blank, ':' or '='. */
    private static boolean keywordAt(String s, int i) {
        for (String k : KEYWORDS) {
            if (s.regionMatches(true, i, k, 0, k.length())) {
                int j = i + k.length();
                if (j < s.length() && (s.charAt(j) == '"' || s.charAt(j) == '\'')) {
                    j++;
                }
                if (s.startsWith("**", j) || s.startsWith("__", j)) {
                    j += 2;
                }
                if (j < s.length() && " \t:=".indexOf(s.charAt(j)) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
