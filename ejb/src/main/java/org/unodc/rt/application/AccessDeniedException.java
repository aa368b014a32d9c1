package org.unodc.rt.application;

import jakarta.ejb.ApplicationException;
import org.unodc.rt.domain.Explanation;

/** The caller is known but may not do this; every such refusal is written to the audit trail. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends BusinessException {

    public AccessDeniedException(Explanation explanation) {
        super(explanation);
    }

    /** An English message for the REST layer's own refusals (see {@link BusinessException#BusinessException(String)}). */
    public AccessDeniedException(String message) {
        super(message);
    }
}
