package org.unodc.rt.domain;

import jakarta.ejb.ApplicationException;

/**
 * A domain rule refuses what was asked in the current state of things (a submitted return is read-only, a published
 * questionnaire is frozen). The message says what rule and what to do. Rolls the transaction back; each channel
 * turns it into a message in one place.
 */
@ApplicationException(rollback = true)
public class RuleViolation extends RuntimeException {

    public RuleViolation(String message) {
        super(message);
    }
}
