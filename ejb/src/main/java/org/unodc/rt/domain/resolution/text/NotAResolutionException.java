package org.unodc.rt.domain.resolution.text;

/**
 * The text given to {@link ResolutionTextParser#parse(String)} is not a resolution (or cannot be read as one).
 * The message is meant for the person who uploaded the text: it says what was missing.
 */
public class NotAResolutionException extends Exception {

    private static final long serialVersionUID = 1L;

    public NotAResolutionException(String message) {
        super(message);
    }

    public NotAResolutionException(String message, Throwable cause) {
        super(message, cause);
    }
}
