package org.unodc.rt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.unodc.rt.domain.cycle.CycleStatus;
import org.unodc.rt.domain.cycle.Cycles;
import org.unodc.rt.domain.cycle.ReportingCycle;

/** Reporting cycles in JPA. */
@ApplicationScoped
public class JpaCycles extends JpaRepository implements Cycles {

    /** The latest deadline first. */
    private static final String LATEST_FIRST = " order by c.deadline desc, c.id desc";

    @Override
    public Optional<ReportingCycle> find(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(ReportingCycle.class, id));
    }

    @Override
    public List<ReportingCycle> all() {
        return list(ReportingCycle.class, "select c from ReportingCycle c" + LATEST_FIRST);
    }

    @Override
    public List<ReportingCycle> allButDrafts() {
        return list(
                ReportingCycle.class,
                "select c from ReportingCycle c where c.status <> :draft" + LATEST_FIRST,
                "draft",
                CycleStatus.DRAFT);
    }

    @Override
    public List<ReportingCycle> open() {
        return list(
                ReportingCycle.class,
                "select c from ReportingCycle c where c.status = :open",
                "open",
                CycleStatus.OPEN);
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
        return count(
                        "select count(c) from ReportingCycle c join c.resolutions r"
                                + " where c.session.ordinal = :o and r.id = :r",
                        "o",
                        sessionOrdinal,
                        "r",
                        resolutionId)
                > 0;
    }
}
