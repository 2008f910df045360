package org.minutegraph.ingest.parse;

import java.util.Objects;
import org.minutegraph.ingest.model.IngestWarning;

/**
 * A minutes file that cannot be parsed at all (empty, binary, not UTF-8, or the markdown parser
 * failed). The file is to be reported with its path, line and reason, and skipped.
 */
public class UnreadableMinutesException extends Exception {

    private final String sourcePath;
    private final int line;
    private final String reason;

    /** @param line 1-based line of the problem, 0 when it concerns the whole file */
    public UnreadableMinutesException(String sourcePath, int line, String reason) {
        this(sourcePath, line, reason, null);
    }

    public UnreadableMinutesException(String sourcePath, int line, String reason, Throwable cause) {
        super(new IngestWarning(sourcePath, line, reason).toString(), cause);
        this.sourcePath = Objects.requireNonNull(sourcePath, "sourcePath");
        this.line = line;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public String sourcePath() {
        return sourcePath;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }

    /** The same facts as a warning, for an ingest report. */
    public IngestWarning toWarning() {
        return new IngestWarning(sourcePath, line, reason);
    }
}
