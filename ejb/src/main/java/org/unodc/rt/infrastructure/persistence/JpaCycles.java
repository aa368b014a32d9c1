package org.unodc.rt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.unodc.rt.domain.cycle.CycleStatus;
import org.unodc.rt.domain.cycle.Cycles;
import org.unodc.rt.domain.cycle.ReportingCycle;
import org.unodc.rt.domain.returns.ImplementationReturn;
import org.unodc.rt.domain.returns.ReturnStatus;

/** Reporting cycles in JPA. */
@ApplicationScoped
public class JpaCycles implements Cycles {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<ReportingCycle> find(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(ReportingCycle.class, id));
    }

    @Override
    public List<ReportingCycle> all() {
        return em.createQuery(
                        "select c from ReportingCycle c order by c.deadline desc, c.id desc", ReportingCycle.class)
                .getResultList();
    }

    @Override
    public List<ReportingCycle> allButDrafts() {
        return em.createQuery(
                        "select c from ReportingCycle c where c.status <> :draft order by c.deadline desc, c.id desc",
                        ReportingCycle.class)
                .setParameter("draft", CycleStatus.DRAFT)
                .getResultList();
    }

    @Override
    public List<ReportingCycle> open() {
        return em.createQuery("select c from ReportingCycle c where c.status = :open", ReportingCycle.class)
                .setParameter("open", CycleStatus.OPEN)
                .getResultList();
    }

    @Override
    public void store(ReportingCycle cycle) {
        if (cycle.id() == null) {
            em.persist(cycle);
        }
        em.flush();
    }

    @Override
    public boolean anyCovers(int sessionOrdinal, long resolutionId) {
        return em.createQuery(
                                "select count(c) from ReportingCycle c join c.resolutions r"
                                        + " where c.session.ordinal = :o and r.id = :r",
                                Long.class)
                        .setParameter("o", sessionOrdinal)
                        .setParameter("r", resolutionId)
                        .getSingleResult()
                > 0;
    }

    @Override
    public List<ImplementationReturn> returnsTo(Long cycleId) {
        return em.createQuery("select r from ImplementationReturn r where r.cycle.id = :c", ImplementationReturn.class)
                .setParameter("c", cycleId)
                .getResultList();
    }

    @Override
    public Set<String> statesThatSubmitted(ReportingCycle cycle) {
        return em.createQuery(
                        "select r.stateIso3 from ImplementationReturn r where r.cycle = :c and r.status <> :draft",
                        String.class)
                .setParameter("c", cycle)
                .setParameter("draft", ReturnStatus.DRAFT)
                .getResultStream()
                .collect(Collectors.toSet());
    }
}
