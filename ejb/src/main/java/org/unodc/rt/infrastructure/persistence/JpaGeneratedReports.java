package org.unodc.rt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.unodc.rt.domain.report.GeneratedReport;
import org.unodc.rt.domain.report.GeneratedReports;

/** The records of generated reports in JPA. */
@ApplicationScoped
public class JpaGeneratedReports extends JpaRepository implements GeneratedReports {

    @Override
    public Optional<GeneratedReport> find(long id) {
        return Optional.ofNullable(em.find(GeneratedReport.class, id));
    }

    @Override
    public List<GeneratedReport> of(Long cycleId) {
        return list(
                GeneratedReport.class,
                "select g from GeneratedReport g where (:c is null or g.cycleId = :c) order by g.createdAt desc",
                "c",
                cycleId);
    }

    @Override
    public boolean symbolTaken(String symbol) {
        return count("select count(g) from GeneratedReport g where g.symbol = :s", "s", symbol) > 0;
    }

    @Override
    public void add(GeneratedReport report) {
        addNow(report);
    }
}
