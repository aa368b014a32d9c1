package org.unodc.rt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.unodc.rt.domain.session.CommissionSession;
import org.unodc.rt.domain.session.Sessions;

/** Commission sessions in JPA. */
@ApplicationScoped
public class JpaSessions extends JpaRepository implements Sessions {

    @Override
    public List<CommissionSession> all() {
        return list(CommissionSession.class, "select s from CommissionSession s order by s.ordinal desc");
    }

    @Override
    public Optional<CommissionSession> findByOrdinal(int ordinal) {
        return first(CommissionSession.class, "select s from CommissionSession s where s.ordinal = :o", "o", ordinal);
    }

    @Override
    public void add(CommissionSession session) {
        em.persist(session);
    }
}
