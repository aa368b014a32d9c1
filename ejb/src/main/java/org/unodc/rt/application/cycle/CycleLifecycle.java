package org.unodc.rt.application.cycle;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.unodc.rt.application.NotFoundException;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.account.FocalPoints;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.audit.Audited;
import org.unodc.rt.domain.cycle.CycleEvent;
import org.unodc.rt.domain.cycle.Cycles;
import org.unodc.rt.domain.cycle.ReportingCycle;
import org.unodc.rt.domain.state.MemberStates;

/**
 * The secretariat moves a cycle through its stages: publishes its questionnaire (which freezes it), opens it to the
 * States (their focal points are told by e-mail) and closes it; meanwhile it gives single States more time.
 */
@Stateless
@RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
public class CycleLifecycle {

    @Inject
    Cycles cycles;

    @Inject
    MemberStates states;

    @Inject
    Event<Audited> events;

    /** Tells the focal points by e-mail, once the opening has committed. */
    @Inject
    Event<CycleOpened> opened;

    @Inject
    FocalPoints focalPoints;

    @Inject
    Clock clock;

    public CycleView publish(@NotNull Long cycleId) {
        ReportingCycle cycle = CycleService.get(cycles, cycleId);
        cycle.publish(Instant.now(clock));
        return changed(
                cycle, new CycleEvent.Published(cycle.id(), cycle.questions().size()));
    }

    /** Opens the cycle; every State's focal points are told by e-mail once this commits. */
    public CycleView open(@NotNull Long cycleId) {
        ReportingCycle cycle = CycleService.get(cycles, cycleId);
        cycle.open(Instant.now(clock));
        CycleView view = changed(cycle, new CycleEvent.Opened(cycle.id()));
        opened.fire(CycleOpened.of(cycle, focalPoints.active()));
        return view;
    }

    /** How many people opening a cycle e-mails: every active focal point of every State (see {@link #open}). */
    public int openingRecipients() {
        return focalPoints.active().size();
    }

    public CycleView close(@NotNull Long cycleId) {
        ReportingCycle cycle = CycleService.get(cycles, cycleId);
        cycle.close(Instant.now(clock));
        return changed(cycle, new CycleEvent.Closed(cycle.id()));
    }

    public CycleView extendDeadline(@NotNull Long cycleId, @NotBlank String iso3, @NotNull LocalDate extendedTo) {
        ReportingCycle cycle = CycleService.get(cycles, cycleId);
        String state = iso3.strip().toUpperCase(Locale.ROOT);
        if (states.find(state).isEmpty()) {
            throw new NotFoundException(Explanation.of("cycle.stateNotFound", iso3));
        }
        cycle.extendDeadlineFor(state, extendedTo);
        return changed(cycle, new CycleEvent.DeadlineExtended(cycle.id(), state, extendedTo));
    }

    private CycleView changed(ReportingCycle cycle, CycleEvent event) {
        cycles.store(cycle);
        events.fire(event);
        return CycleView.of(cycle);
    }
}
