package org.unodc.rt.application.cycle;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.unodc.rt.application.CurrentCaller;
import org.unodc.rt.application.NotFoundException;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.cycle.CycleStatus;
import org.unodc.rt.domain.cycle.Cycles;
import org.unodc.rt.domain.cycle.ReportingCycle;
import org.unodc.rt.domain.state.UnLanguage;

/**
 * Reads reporting cycles: everybody signed in reads the cycles published to them, the secretariat also the drafts.
 * The secretariat sets cycles up with {@link CyclePlanning} and moves them on with {@link CycleLifecycle}.
 */
@Stateless
@RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME, Role.FOCAL_POINT_NAME, Role.CONTRIBUTOR_NAME, Role.OBSERVER_NAME
})
public class CycleService {

    @Inject
    Cycles cycles;

    @Inject
    CurrentCaller caller;

    /** Staff see every cycle; focal points only those published to them. */
    public List<CycleView> list() {
        return (caller.isStaff() ? cycles.all() : cycles.allButDrafts())
                .stream().map(CycleView::of).map(this::asSeen).toList();
    }

    public CycleView questionnaire(@NotNull Long cycleId) {
        return asSeen(CycleView.of(getVisibleCycle(cycleId)));
    }

    /** The questionnaire in a language: each text in it where the cycle has it, the original otherwise. */
    public CycleView questionnaire(@NotNull Long cycleId, @NotNull UnLanguage language) {
        return asSeen(CycleView.of(getVisibleCycle(cycleId), language));
    }

    /** Staff see every State's deadline extension; anyone else only their own State's. */
    private CycleView asSeen(CycleView cycle) {
        return caller.isStaff() ? cycle : cycle.forState(caller.reportingState().orElse(""));
    }

    /** A cycle the caller may see: a draft is the secretariat's business only. */
    public ReportingCycle getVisibleCycle(Long cycleId) {
        ReportingCycle cycle = getCycle(cycleId);
        if (cycle.status() == CycleStatus.DRAFT && !caller.isStaff()) {
            throw notFound(cycleId);
        }
        return cycle;
    }

    public ReportingCycle getCycle(Long cycleId) {
        return get(cycles, cycleId);
    }

    /** The cycle, or the refusal every cycle service gives for an unknown one. */
    static ReportingCycle get(Cycles cycles, Long cycleId) {
        return cycles.find(cycleId).orElseThrow(() -> notFound(cycleId));
    }

    private static NotFoundException notFound(Long cycleId) {
        return new NotFoundException(Explanation.of("cycle.notFound", String.valueOf(cycleId)));
    }
}
