package org.unodc.rt.domain.returns;

import java.util.List;

/** Returns read across cycles, for the country profiles and the progress of implementation. */
public interface ReturnHistory {

    /** Every return the State started, in any cycle, the latest cycle first. */
    List<ImplementationReturn> ofState(String iso3);

    /** The accepted returns of every cycle, the latest cycle first. */
    List<ImplementationReturn> accepted();
}
