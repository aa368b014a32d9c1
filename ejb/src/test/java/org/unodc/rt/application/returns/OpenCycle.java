package org.unodc.rt.application.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.unodc.rt.application.CurrentCaller;
import org.unodc.rt.application.Entities;
import org.unodc.rt.application.InMemoryCycles;
import org.unodc.rt.application.InMemoryMemberStates;
import org.unodc.rt.application.InMemoryReturns;
import org.unodc.rt.application.RecordingEvent;
import org.unodc.rt.application.cycle.CycleService;
import org.unodc.rt.domain.audit.Audited;
import org.unodc.rt.domain.cycle.CycleFixtures;
import org.unodc.rt.domain.cycle.Question;
import org.unodc.rt.domain.cycle.ReportingCycle;
import org.unodc.rt.domain.returns.AnswerContent;
import org.unodc.rt.domain.returns.ImplementationReturn;
import org.unodc.rt.domain.returns.ImplementationStatus;

/**
 * An open cycle for the 35th session (deadline 31 March 2026; it is 10 January) with a mandatory question and an
 * optional one, the returns in memory, and the return services over them, called as whoever the test says.
 */
final class OpenCycle {

    static final Instant NOW = CycleFixtures.NOW;
    static final Clock CLOCK = CycleFixtures.CLOCK;

    final InMemoryCycles cycles = new InMemoryCycles();
    final InMemoryReturns returns = new InMemoryReturns();
    final RecordingEvent<Audited> events = new RecordingEvent<>();
    final InMemoryMemberStates states = InMemoryMemberStates.of("PER", "FRA", "EGY");
    final ReportingCycle cycle;
    final Question measures;
    final Question experience;

    OpenCycle() {
        cycle = CycleFixtures.draftCycle();
        measures = Entities.with(cycle.addQuestion(null, "Which measures has your State adopted?", true), "id", 11L);
        experience = Entities.with(cycle.addQuestion(null, "Which experience can your State share?", false), "id", 12L);
        cycle.publish(NOW);
        cycle.open(NOW);
        cycles.store(cycle);
    }

    /** What the services raised for the trail: action and detail of each event. */
    void assertTrail(Tuple... expected) {
        assertThat(events.fired).extracting(Audited::action, Audited::detail).containsExactly(expected);
    }

    /** A State's draft, started by its focal point. */
    ImplementationReturn draftOf(String iso3, String focalPoint) {
        ImplementationReturn aReturn = new ImplementationReturn(cycle, iso3, focalPoint, NOW);
        returns.add(aReturn);
        return aReturn;
    }

    /** A State's return, submitted with the mandatory question answered. */
    ImplementationReturn submittedBy(String iso3, String focalPoint) {
        ImplementationReturn aReturn = draftOf(iso3, focalPoint);
        aReturn.saveDraft(Map.of(measures, implemented("Ley 30077 contra el crimen organizado.")), focalPoint, NOW);
        aReturn.submit(true, focalPoint, CLOCK);
        return aReturn;
    }

    static AnswerContent implemented(String narrative) {
        return new AnswerContent(ImplementationStatus.IMPLEMENTED, narrative, "Decreto Supremo 012-2019", null);
    }

    ReturnDrafting drafting(CurrentCaller caller) {
        ReturnDrafting drafting = new ReturnDrafting();
        drafting.returns = returns;
        drafting.reach = reach(caller);
        drafting.cycles = Entities.with(Entities.with(new CycleService(), "cycles", cycles), "caller", caller);
        drafting.caller = caller;
        drafting.events = events;
        drafting.clock = CLOCK;
        drafting.states = states;
        return drafting;
    }

    ReturnReviewing reviewing(CurrentCaller caller) {
        ReturnReviewing reviewing = new ReturnReviewing();
        reviewing.returns = returns;
        reviewing.reach = reach(caller);
        reviewing.caller = caller;
        reviewing.events = events;
        reviewing.clock = CLOCK;
        return reviewing;
    }

    private CallerReturns reach(CurrentCaller caller) {
        CallerReturns reach = new CallerReturns();
        reach.returns = returns;
        reach.caller = caller;
        return reach;
    }
}
