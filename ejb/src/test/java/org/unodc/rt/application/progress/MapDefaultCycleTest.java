package org.unodc.rt.application.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.unodc.rt.application.Entities;
import org.unodc.rt.application.InMemoryCycles;
import org.unodc.rt.application.InMemoryMemberStates;
import org.unodc.rt.application.InMemoryReturns;
import org.unodc.rt.application.MemberStateService;
import org.unodc.rt.application.SignedIn;
import org.unodc.rt.domain.cycle.CycleFixtures;
import org.unodc.rt.domain.cycle.ReportingCycle;
import org.unodc.rt.domain.returns.ImplementationReturn;
import org.unodc.rt.domain.session.CommissionSession;
import org.unodc.rt.domain.state.RegionalGroup;

/** The map a visitor opens without choosing a cycle shows a cycle that has replies, not an empty map. */
class MapDefaultCycleTest {

    private final InMemoryCycles cycles = new InMemoryCycles();
    private final InMemoryReturns returns = new InMemoryReturns();
    private final ProgressQueries queries = new ProgressQueries();
    private final ReportingCycle earlier = cycle(34, 2025, "Reporting for the 34th session");
    private final ReportingCycle newest = cycle(35, 2026, "Reporting for the 35th session");

    MapDefaultCycleTest() {
        queries.cycles = cycles;
        queries.cycleReturns = returns;
        InMemoryMemberStates states = InMemoryMemberStates.of("PER", "FRA", "EGY");
        states.states.values().forEach(s -> s.countIn(RegionalGroup.LATIN_AMERICAN_CARIBBEAN));
        queries.states = Entities.with(new MemberStateService(), "states", states);
        queries.caller = SignedIn.nobody();
        submitted(earlier, "PER");
    }

    @Test
    void aCycleThatHasJustOpenedWithOnlyDraftsGivesWayToTheNewestCycleWithReplies() {
        draft(newest, "FRA");

        Progress progress = queries.progress(null, null, null);

        assertThat(progress.cycle().id()).isEqualTo(earlier.id());
        assertThat(progress.states())
                .filteredOn(v -> v.iso3().equals("PER"))
                .extracting(Progress.StateValue::value)
                .containsExactly(ProgressQueries.IN_REVIEW);
    }

    @Test
    void theNewestCycleIsShownOnceAStateHasRepliedToIt() {
        submitted(newest, "EGY");

        assertThat(queries.progress(null, null, null).cycle().id()).isEqualTo(newest.id());
    }

    @Test
    void aChosenCycleIsShownEvenWithoutReplies() {
        draft(newest, "FRA");

        assertThat(queries.progress(newest.id(), null, null).cycle().id()).isEqualTo(newest.id());
    }

    private ReportingCycle cycle(int ordinal, int year, String title) {
        ReportingCycle cycle = new ReportingCycle(
                new CommissionSession(ordinal, year),
                title,
                LocalDate.of(year, 1, 15),
                LocalDate.of(year, 3, 31),
                CycleFixtures.NOW);
        cycle.addQuestion(null, "Which measures has your State adopted?", false);
        cycle.publish(CycleFixtures.NOW);
        cycle.open(CycleFixtures.NOW);
        cycles.store(cycle);
        return cycle;
    }

    private ImplementationReturn draft(ReportingCycle cycle, String iso3) {
        ImplementationReturn aReturn = new ImplementationReturn(cycle, iso3, "fp." + iso3, CycleFixtures.NOW);
        returns.add(aReturn);
        return aReturn;
    }

    private void submitted(ReportingCycle cycle, String iso3) {
        draft(cycle, iso3).submit(true, "fp." + iso3, CycleFixtures.CLOCK);
    }
}
