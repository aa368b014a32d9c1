package org.unodc.rt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.unodc.rt.domain.library.IndexEvent;
import org.unodc.rt.domain.library.IndexEvents;

/** The index event log in JPA; an event joins the transaction of the change it records. */
@ApplicationScoped
public class JpaIndexEvents extends JpaRepository implements IndexEvents {

    @Override
    public void add(IndexEvent event) {
        em.persist(event);
    }

    @Override
    public List<IndexEvent> after(long eventId, int max) {
        return query(IndexEvent.class, "select e from IndexEvent e where e.id > :after order by e.id", "after", eventId)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<Long> idsAfter(long eventId) {
        return list(Long.class, "select e.id from IndexEvent e where e.id > :after", "after", eventId);
    }

    @Override
    public long lastCreatedBefore(Instant instant) {
        return count("select coalesce(max(e.id), 0) from IndexEvent e where e.createdAt < :before", "before", instant);
    }
}
