package org.unodc.rt.application;

import jakarta.ejb.ApplicationException;
import org.unodc.rt.domain.Explanation;

/** Input that breaks a rule; the message says which and how to fix it. Nothing is saved. */
@ApplicationException(rollback = true)
public class InvalidInputException extends BusinessException {

    public InvalidInputException(Explanation explanation) {
        super(explanation);
    }

    /** An English message for the REST layer's own refusals (see {@link BusinessException#BusinessException(String)}). */
    public InvalidInputException(String message) {
        super(message);
    }
}
