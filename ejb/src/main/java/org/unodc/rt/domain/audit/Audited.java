package org.unodc.rt.domain.audit;

import java.io.Serializable;
import java.util.Optional;

/**
 * Something the audit trail records: a domain event a service raises when it has done its work (written by one
 * observer in the same transaction, so the trail and the change commit or roll back together), or an attempt a
 * refusal carries (written in a transaction of its own, so it stays although the refused work is rolled back).
 */
public interface Audited extends Serializable {

    /** A constant naming what happened, e.g. {@code RETURN_SUBMITTED}: by default the event's {@link AuditAction}. */
    default String action() {
        return annotation().value();
    }

    String targetType();

    String targetId();

    /** What else the trail keeps (a new state, an e-mail address, a reason); null when nothing. */
    default String detail() {
        return null;
    }

    /**
     * Done, or an attempt that failed without being an error (a wrong password): by default the event's {@link
     * AuditAction}. Refusals are DENIED or FAILED whatever this says.
     */
    default AuditEvent.Outcome outcome() {
        AuditAction action = getClass().getAnnotation(AuditAction.class);
        return action == null ? AuditEvent.Outcome.DONE : action.outcome();
    }

    /** Who acted when it is not the signed-in caller: someone signing in, or following a link from an e-mail. */
    default Optional<String> actor() {
        return Optional.empty();
    }

    private AuditAction annotation() {
        AuditAction action = getClass().getAnnotation(AuditAction.class);
        if (action == null) {
            throw new IllegalStateException(getClass().getName() + " names no @AuditAction");
        }
        return action;
    }

    /** An attempt named by its parts, for a refusal that has no event of its own. */
    static Audited attempt(String action, String targetType, String targetId, String detail) {
        return new Attempt(action, targetType, targetId, detail);
    }

    /** See {@link #attempt}. */
    record Attempt(String action, String targetType, String targetId, String detail) implements Audited {
        @Override
        public AuditEvent.Outcome outcome() {
            return AuditEvent.Outcome.FAILED;
        }
    }
}
