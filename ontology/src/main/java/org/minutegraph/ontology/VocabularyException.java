package org.minutegraph.ontology;

/** A vocabulary file that cannot be read or parsed; the message names the file and the reason. */
public class VocabularyException extends RuntimeException {
    public VocabularyException(String message) {
        super(message);
    }

    public VocabularyException(String message, Throwable cause) {
        super(message, cause);
    }
}
