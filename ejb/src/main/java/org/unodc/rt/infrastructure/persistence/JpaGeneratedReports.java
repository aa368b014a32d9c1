package org.unodc.rt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.unodc.rt.domain.report.GeneratedReport;
import org.unodc.rt.domain.report.GeneratedReports;

/** The records of generated reports in JPA. */
@ApplicationScoped
public class JpaGeneratedReports implements GeneratedReports {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<GeneratedReport> find(long id) {
        return Optional.ofNullable(em.find(GeneratedReport.class, id));
    }

    @Override
    public List<GeneratedReport> of(Long cycleId) {
        return em.createQuery(
                        "select g from GeneratedReport g where (:c is null or g.cycleId = :c) order by g.createdAt desc",
                        GeneratedReport.class)
                .setParameter("c", cycleId)
                .getResultList();
    }

    @Override
    public boolean symbolTaken(String symbol) {
        return !em.createQuery("select g.id from GeneratedReport g where g.symbol = :s", Long.class)
                .setParameter("s", symbol)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public void add(GeneratedReport report) {
        em.persist(report);
        em.flush();
    }
}
