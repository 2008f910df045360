package org.minutegraph.ingest.source;

import java.util.List;
import java.util.regex.Pattern;

/** Matches relative '/'-separated paths against a list of globs (see {@link SourceConfig}). */
final class GlobMatcher {

    private final List<Pattern> patterns;

    GlobMatcher(List<String> globs) {
        this.patterns = globs.stream().map(GlobMatcher::compile).toList();
    }

    /** True when any glob matches the path (or, for a glob without '/', the path's last name). */
    boolean matches(String relativePath) {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        for (Pattern p : patterns) {
            if (p.matcher(relativePath).matches() || p.matcher(name).matches()) {
                return true;
            }
        }
        return false;
    }

    static Pattern compile(String glob) {
        StringBuilder re = new StringBuilder();
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i);
            if (glob.startsWith("**/", i)) {
                re.append("(?:.*/)?");
                i += 3;
                continue;
            }
            if (glob.startsWith("**", i)) {
                re.append(".*");
                i += 2;
                continue;
            }
            switch (c) {
                case '*' -> re.append("[^/]*");
                case '?' -> re.append("[^/]");
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
            i++;
        }
        // A glob without '/' is a name pattern: only the last name is tested against it.
        return Pattern.compile(glob.contains("/") ? re.toString() : "(?:" + re + ")");
    }
}
