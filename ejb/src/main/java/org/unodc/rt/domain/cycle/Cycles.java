package org.unodc.rt.domain.cycle;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.unodc.rt.domain.returns.ImplementationReturn;

/** The repository of reporting cycles, with what the cycles need to know of the returns sent to them. */
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

    /** The returns States have started in the cycle, at any stage: what its reports are built from. */
    List<ImplementationReturn> returnsTo(Long cycleId);

    /** The States whose return to the cycle has left the draft stage (submitted, in review or accepted). */
    Set<String> statesThatSubmitted(ReportingCycle cycle);
}
