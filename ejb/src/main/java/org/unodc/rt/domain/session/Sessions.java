package org.unodc.rt.domain.session;

import java.util.List;
import java.util.Optional;

/** The repository of Commission sessions, known by their ordinal (the 33rd session). */
public interface Sessions {

    /** Every session, the latest first. */
    List<CommissionSession> all();

    Optional<CommissionSession> findByOrdinal(int ordinal);

    void add(CommissionSession session);
}
