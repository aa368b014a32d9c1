package org.unodc.rt.domain;

import jakarta.ejb.ApplicationException;

/** A value a domain object cannot take (a deadline before the opening, an empty question). */
@ApplicationException(rollback = true)
public class InvalidValue extends RuleViolation {

    public InvalidValue(Explanation explanation) {
        super(explanation);
    }
}
