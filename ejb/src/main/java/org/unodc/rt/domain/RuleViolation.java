package org.unodc.rt.domain;

import jakarta.ejb.ApplicationException;
import java.util.Locale;
import java.util.Optional;
import org.unodc.rt.domain.audit.Audited;

/**
 * A domain rule refuses what was asked in the current state of things (a submitted return is read-only, a published
 * questionnaire is frozen). The explanation says what rule and what to do, in the reader's language. Rolls the
 * transaction back; each channel turns it into a message in one place.
 */
@ApplicationException(rollback = true)
public class RuleViolation extends RuntimeException {

    private final Explanation explanation;

    private Audited attempt;

    public RuleViolation(Explanation explanation) {
        super(explanation.english());
        this.explanation = explanation;
    }

    /** Marks this refusal for the audit trail with what was attempted (see {@code RefusalAudit}). */
    public RuleViolation attempted(Audited attempt) {
        this.attempt = attempt;
        return this;
    }

    /** What was attempted, when the refusal is one the audit trail keeps. */
    public Optional<Audited> attempt() {
        return Optional.ofNullable(attempt);
    }

    /** What rule refused and what to do, for a service that passes the refusal on in its own exception. */
    public Explanation explanation() {
        return explanation;
    }

    public String explanation(Locale locale) {
        return explanation.text(locale);
    }
}
