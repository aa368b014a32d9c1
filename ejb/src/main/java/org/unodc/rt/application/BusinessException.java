package org.unodc.rt.application;

import jakarta.ejb.ApplicationException;
import java.util.Locale;
import java.util.Optional;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.audit.Audited;

/**
 * A request the platform refuses for a reason the user can act on. Rolls the transaction back; each channel (Faces,
 * REST) turns it into a message in one place, in its reader's language ({@link #explanation(Locale)}).
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private final Explanation explanation;

    private Audited attempt;

    public BusinessException(Explanation explanation) {
        super(explanation.english());
        this.explanation = explanation;
    }

    /**
     * For the REST layer's own refusals of a malformed request, which only a client developer reads: in English,
     * like the rest of the API's documentation.
     */
    public BusinessException(String message) {
        super(message);
        this.explanation = null;
    }

    /**
     * Marks this refusal for the audit trail with what was attempted; {@link RefusalAudit} writes it, in a transaction
     * of its own, when the refusal leaves the service.
     */
    public BusinessException attempted(Audited attempt) {
        this.attempt = attempt;
        return this;
    }

    /** What was attempted, when the refusal is one the audit trail keeps. */
    public Optional<Audited> attempt() {
        return Optional.ofNullable(attempt);
    }

    /** What was refused and what to do, in {@code locale} where the errors bundle has it. */
    public String explanation(Locale locale) {
        return explanation == null ? getMessage() : explanation.text(locale);
    }
}
