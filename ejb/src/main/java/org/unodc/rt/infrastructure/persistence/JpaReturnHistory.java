package org.unodc.rt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.unodc.rt.domain.returns.ImplementationReturn;
import org.unodc.rt.domain.returns.ReturnHistory;
import org.unodc.rt.domain.returns.ReturnStatus;

/** Returns across cycles in JPA, each with its cycle, ordered by the cycle's deadline, the latest first. */
@ApplicationScoped
public class JpaReturnHistory extends JpaRepository implements ReturnHistory {

    private static final String WITH_CYCLE = "select r from ImplementationReturn r join fetch r.cycle";
    private static final String LATEST_CYCLE_FIRST = " order by r.cycle.deadline desc, r.cycle.id desc";

    @Override
    public List<ImplementationReturn> ofState(String iso3) {
        return list(
                ImplementationReturn.class,
                WITH_CYCLE + " where r.stateIso3 = :iso3" + LATEST_CYCLE_FIRST,
                "iso3",
                iso3);
    }

    @Override
    public List<ImplementationReturn> accepted() {
        return list(
                ImplementationReturn.class,
                WITH_CYCLE + " where r.status = :accepted" + LATEST_CYCLE_FIRST,
                "accepted",
                ReturnStatus.ACCEPTED);
    }
}
