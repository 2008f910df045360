package org.minutegraph.ingest.extract;

/**
 * A cheap test that rules out strings no {@link SecretRedactor} pattern can match, so its regexes
 * run only on the few strings that hold a password, token or key (most prose holds none).
 *
 * <p>It must never say "no" to a string one of those patterns matches: each pattern needs either a
 * key word followed by a quote, a space, ':' or '=' (ASCII case-insensitive, like the patterns),
 * a token prefix (case-sensitive), a private key header, or "scheme://user:pass@".
 */
final class SecretHints {

    /** Every key word of the patterns' alternations ("api key", "access_key" end in "key"). */
    private static final String[] KEYWORDS = {"password", "passwort", "passwd", "passphrase", "pass", "kennwort", "pwd", "pw",
        "secret", "token", "key"};

    private SecretHints() {
    }

    /** False only when no secret pattern can match {@code s}. */
    static boolean mayHoldSecret(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case 'p', 'P', 'k', 'K', 's', 'S', 't', 'T' -> {
                    if (keywordAt(s, i)) {
                        return true;
                    }
                }
                default -> {
                }
            }
            switch (c) {
                case 'g' -> {
                    if (s.startsWith("gh", i) || s.startsWith("github_pat_", i) || s.startsWith("glpat-", i)) {
                        return true;
                    }
                }
                case 'A' -> {
                    if (s.startsWith("AKIA", i)) {
                        return true;
                    }
                }
                case 'x' -> {
                    if (s.startsWith("xox", i)) {
                        return true;
                    }
                }
                case 'e' -> {
                    if (s.startsWith("eyJ", i)) {
                        return true;
                    }
                }
                case '-' -> {
                    if (s.startsWith("-----BEGIN ", i)) {
                        return true;
                    }
                }
                case ':' -> {
                    if (s.startsWith("://", i) && userAndPasswordAfter(s, i + 3)) {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** A key word at {@code i} followed by what every pattern needs next: a quote, blank, ':' or '='. */
    private static boolean keywordAt(String s, int i) {
        for (String k : KEYWORDS) {
            if (s.regionMatches(true, i, k, 0, k.length())) {
                int j = i + k.length();
                if (j < s.length() && (s.charAt(j) == '"' || s.charAt(j) == '\'')) {
                    j++;
                }
                if (j < s.length() && " \t:=".indexOf(s.charAt(j)) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "user:pass@" right after "://", before any blank or '/'. */
    private static boolean userAndPasswordAfter(String s, int from) {
        boolean colon = false;
        for (int j = from; j < s.length(); j++) {
            char c = s.charAt(j);
            if (" \t\n\u000B\f\r/".indexOf(c) >= 0) { // regex \s is ASCII-only
                return false;
            }
            if (c == ':') {
                colon = true;
            } else if (c == '@') {
                return colon;
            }
        }
        return false;
    }
}
