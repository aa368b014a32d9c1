package org.unodc.rt.domain;

import java.util.Objects;

/**
 * An argument a domain object refuses (a malformed user name, a country code that is no code), with an explanation
 * for the person who typed it. It is an {@link IllegalArgumentException}, as such refusals always were, so callers
 * that catch those keep working; the services pass the explanation on ({@link #explain(RuntimeException)}).
 */
public class RejectedArgument extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final Explanation explanation;

    public RejectedArgument(Explanation explanation) {
        super(explanation.english());
        this.explanation = explanation;
    }

    public Explanation explanation() {
        return explanation;
    }

    /**
     * The explanation of a refused argument: the domain's own, or, for a refusal of the platform or a library that
     * has no explanation (a missing value, a malformed one), its message as it is.
     */
    public static Explanation explain(RuntimeException refusal) {
        if (refusal instanceof RejectedArgument rejected) {
            return rejected.explanation();
        }
        if (refusal instanceof RuleViolation violation) {
            return violation.explanation();
        }
        return Explanation.of("input.rejected", Objects.toString(refusal.getMessage(), ""));
    }
}
