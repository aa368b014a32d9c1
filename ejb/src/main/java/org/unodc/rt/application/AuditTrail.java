package org.unodc.rt.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.unodc.rt.domain.audit.AuditEvent;
import org.unodc.rt.domain.audit.Audited;

/**
 * The one writer of what services have done: observes every {@link Audited} event a service raises and writes it to
 * the trail in the service's own transaction, with who did it. Services raise events; none writes the trail itself.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    void record(@Observes Audited event) {
        em.persist(entry(event, event.outcome(), event.actor().orElseGet(caller::name), clock));
    }

    /** The trail's entry for an event or a refused attempt. */
    static AuditEvent entry(Audited event, AuditEvent.Outcome outcome, String actor, Clock clock) {
        return new AuditEvent(
                Instant.now(clock),
                actor,
                event.action(),
                event.targetType(),
                event.targetId(),
                outcome,
                event.detail());
    }
}
