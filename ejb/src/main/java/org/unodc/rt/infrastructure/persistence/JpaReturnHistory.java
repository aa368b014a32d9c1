package org.unodc.rt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.unodc.rt.domain.returns.ImplementationReturn;
import org.unodc.rt.domain.returns.ReturnHistory;
import org.unodc.rt.domain.returns.ReturnStatus;

/** Returns across cycles in JPA, each with its cycle, ordered by the cycle's deadline, the latest first. */
@ApplicationScoped
public class JpaReturnHistory implements ReturnHistory {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<ImplementationReturn> ofState(String iso3) {
        return em.createQuery(
                        "select r from ImplementationReturn r join fetch r.cycle where r.stateIso3 = :iso3"
                                + " order by r.cycle.deadline desc, r.cycle.id desc",
                        ImplementationReturn.class)
                .setParameter("iso3", iso3)
                .getResultList();
    }

    @Override
    public List<ImplementationReturn> accepted() {
        return em.createQuery(
                        "select r from ImplementationReturn r join fetch r.cycle where r.status = :accepted"
                                + " order by r.cycle.deadline desc, r.cycle.id desc",
                        ImplementationReturn.class)
                .setParameter("accepted", ReturnStatus.ACCEPTED)
                .getResultList();
    }
}
