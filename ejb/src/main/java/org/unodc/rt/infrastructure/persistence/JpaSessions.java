package org.unodc.rt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.unodc.rt.domain.session.CommissionSession;
import org.unodc.rt.domain.session.Sessions;

/** Commission sessions in JPA. */
@ApplicationScoped
public class JpaSessions implements Sessions {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<CommissionSession> all() {
        return em.createQuery("select s from CommissionSession s order by s.ordinal desc", CommissionSession.class)
                .getResultList();
    }

    @Override
    public Optional<CommissionSession> findByOrdinal(int ordinal) {
        return em.createQuery("select s from CommissionSession s where s.ordinal = :o", CommissionSession.class)
                .setParameter("o", ordinal)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(CommissionSession session) {
        em.persist(session);
    }
}
