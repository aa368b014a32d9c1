package org.unodc.rt.domain.resolution.text;

import org.unodc.rt.domain.Explanation;

/**
 * The text given to {@link ResolutionTextParser#parse(String)} is not a resolution (or cannot be read as one).
 * The explanation is meant for the person who uploaded the text: it says what was missing, in their language; the
 * message is its English.
 */
public class NotAResolutionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Explanation explanation;

    public NotAResolutionException(Explanation explanation) {
        super(explanation.english());
        this.explanation = explanation;
    }

    public NotAResolutionException(Explanation explanation, Throwable cause) {
        super(explanation.english(), cause);
        this.explanation = explanation;
    }

    public Explanation explanation() {
        return explanation;
    }
}
