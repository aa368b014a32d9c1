package org.unodc.rt.application;

import jakarta.ejb.ApplicationException;

/** Input that breaks a rule; the message says which and how to fix it. Nothing is saved. */
@ApplicationException(rollback = true)
public class InvalidInputException extends BusinessException {

    public InvalidInputException(String message) {
        super(message);
    }
}
