package org.unodc.rt.application;

import jakarta.ejb.ApplicationException;

/** The caller is known but may not do this; every such refusal is written to the audit trail. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends BusinessException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
