package org.unodc.rt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.unodc.rt.domain.library.IndexEvent;
import org.unodc.rt.domain.library.IndexEvents;

/** The index event log in JPA; an event joins the transaction of the change it records. */
@ApplicationScoped
public class JpaIndexEvents implements IndexEvents {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(IndexEvent event) {
        em.persist(event);
    }

    @Override
    public List<IndexEvent> after(long eventId, int max) {
        return em.createQuery("select e from IndexEvent e where e.id > :after order by e.id", IndexEvent.class)
                .setParameter("after", eventId)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<Long> idsAfter(long eventId) {
        return em.createQuery("select e.id from IndexEvent e where e.id > :after", Long.class)
                .setParameter("after", eventId)
                .getResultList();
    }

    @Override
    public long lastCreatedBefore(Instant instant) {
        return em.createQuery("select coalesce(max(e.id), 0) from IndexEvent e where e.createdAt < :before", Long.class)
                .setParameter("before", instant)
                .getSingleResult();
    }
}
