package org.unodc.rt.application;

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
import org.unodc.rt.domain.audit.AuditEvent;

/**
 * Writes the audit trail. Each entry commits on its own, so a refused attempt is recorded even though the refused
 * work itself is rolled back.
 */
@Stateless
public class AuditLog {

    private static final Logger LOG = Logger.getLogger("org.unodc.rt.audit");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void done(String actor, String action, String targetType, String targetId, String detail) {
        write(new AuditEvent(Instant.now(clock), actor, action, targetType, targetId, AuditEvent.Outcome.DONE, detail));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void denied(String actor, String action, String targetType, String targetId, String detail) {
        LOG.warning(() -> "Access denied: " + actor + " tried " + action + " on " + targetType + " " + targetId
                + (detail == null ? "" : " (" + detail + ")"));
        write(new AuditEvent(
                Instant.now(clock), actor, action, targetType, targetId, AuditEvent.Outcome.DENIED, detail));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(String actor, String action, String targetType, String targetId, String detail) {
        write(new AuditEvent(
                Instant.now(clock), actor, action, targetType, targetId, AuditEvent.Outcome.FAILED, detail));
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

    private void write(AuditEvent event) {
        em.persist(event);
    }
}
