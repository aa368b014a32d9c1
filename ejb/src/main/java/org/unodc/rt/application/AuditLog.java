package org.unodc.rt.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.audit.AuditEvent;
import org.unodc.rt.domain.audit.Audited;

/**
 * Writes the audit trail. Each entry commits on its own, so a refused attempt is recorded even though the refused
 * work itself is rolled back.
 */
@Stateless
@PermitAll
public class AuditLog {

    private static final Logger LOG = Logger.getLogger("org.unodc.rt.audit");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentCaller caller;

    /** A refusal the web layer saw (a page, an API call, a sign-in), by the actor it knows from the request. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void denied(String actor, String action, String targetType, String targetId, String detail) {
        refused(Audited.attempt(action, targetType, targetId, detail), AuditEvent.Outcome.DENIED, actor);
    }

    /** A refused attempt, by the signed-in caller unless the attempt names its actor. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(Audited attempt, AuditEvent.Outcome outcome) {
        refused(attempt, outcome, attempt.actor().orElseGet(caller::name));
    }

    /** Every refusal is written here: its entry, and for a denial one line in server.log (never a stack trace). */
    private void refused(Audited attempt, AuditEvent.Outcome outcome, String actor) {
        AuditEvent entry = AuditTrail.entry(attempt, outcome, actor, clock);
        if (outcome == AuditEvent.Outcome.DENIED) {
            LOG.warning(
                    () -> "Access denied: " + entry.actor() + " tried " + entry.action() + " on " + entry.targetType()
                            + " " + entry.targetId() + (entry.detail() == null ? "" : " (" + entry.detail() + ")"));
        }
        write(entry);
    }

    public List<AuditEvent> latest(int max) {
        return em.createQuery("select e from AuditEvent e order by e.occurredAt desc, e.id desc", AuditEvent.class)
                .setMaxResults(max)
                .getResultList();
    }

    public List<AuditEvent> byActor(String actor, int max) {
        return em.createQuery(
                        "select e from AuditEvent e where e.actor = :actor order by e.occurredAt desc, e.id desc",
                        AuditEvent.class)
                .setParameter("actor", actor)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * The trail as the secretariat reads it: newest first, optionally only one actor's entries or one outcome, at
     * most {@code max} entries (1 to 1000).
     */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public List<AuditEvent> search(String actor, AuditEvent.Outcome outcome, Instant since, int max) {
        if (max < 1 || max > 1000) {
            throw new InvalidInputException(Explanation.of("audit.maxOutOfRange", String.valueOf(max)));
        }
        StringBuilder jpql = new StringBuilder("select e from AuditEvent e where 1 = 1");
        if (actor != null && !actor.isBlank()) {
            jpql.append(" and e.actor = :actor");
        }
        if (outcome != null) {
            jpql.append(" and e.outcome = :outcome");
        }
        if (since != null) {
            jpql.append(" and e.occurredAt >= :since");
        }
        jpql.append(" order by e.occurredAt desc, e.id desc");
        var query = em.createQuery(jpql.toString(), AuditEvent.class).setMaxResults(max);
        if (actor != null && !actor.isBlank()) {
            query.setParameter("actor", actor.strip());
        }
        if (outcome != null) {
            query.setParameter("outcome", outcome);
        }
        if (since != null) {
            query.setParameter("since", since);
        }
        return query.getResultList();
    }

    private void write(AuditEvent event) {
        em.persist(event);
    }
}
