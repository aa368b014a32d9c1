package org.unodc.rt.application;

import jakarta.ejb.ApplicationException;
import org.unodc.rt.domain.Explanation;

/** The thing asked for does not exist (or the caller may not know that it does). */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

    public NotFoundException(Explanation explanation) {
        super(explanation);
    }

    /** An English message for the REST layer's own refusals (see {@link BusinessException#BusinessException(String)}). */
    public NotFoundException(String message) {
        super(message);
    }
}
