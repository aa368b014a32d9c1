package org.unodc.rt.domain.cycle;

import java.util.List;
import java.util.Optional;

/** The repository of reporting cycles; the returns sent to a cycle are read through {@link org.unodc.rt.domain.returns.Returns}. */
public interface Cycles {

    Optional<ReportingCycle> find(Long id);

    /** Every cycle, the latest deadline first. */
    List<ReportingCycle> all();

    /** The cycles focal points see (published, open or closed: not drafts), the latest deadline first. */
    List<ReportingCycle> allButDrafts();

    List<ReportingCycle> open();

    /** Adds a new cycle or writes a changed one now, so that its id and version are the stored ones. */
    void store(ReportingCycle cycle);

    /** Whether a cycle for that Commission session covers the resolution. */
    boolean anyCovers(int sessionOrdinal, long resolutionId);
}
