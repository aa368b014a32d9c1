package org.unodc.rt.application.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unodc.rt.application.InMemoryCycles;
import org.unodc.rt.application.InMemoryFocalPoints;
import org.unodc.rt.application.InMemoryMemberStates;
import org.unodc.rt.application.NotFoundException;
import org.unodc.rt.application.RecordingEvent;
import org.unodc.rt.domain.InvalidValue;
import org.unodc.rt.domain.RuleViolation;
import org.unodc.rt.domain.account.FocalPoint;
import org.unodc.rt.domain.audit.Audited;
import org.unodc.rt.domain.cycle.CycleFixtures;
import org.unodc.rt.domain.cycle.CycleStatus;
import org.unodc.rt.domain.cycle.ReportingCycle;

/** Publishing, opening and deadline extensions, on cycles in memory. */
class CycleLifecycleTest {

    private static final FocalPoint PERU =
            new FocalPoint("PER", "fp.peru@example.org", "María Quispe", "es", "America/Lima");
    private static final FocalPoint FRANCE =
            new FocalPoint("FRA", "fp.france@example.org", "Claire Martin", "fr", "Europe/Paris");

    private final InMemoryCycles cycles = new InMemoryCycles();
    private final RecordingEvent<Audited> events = new RecordingEvent<>();
    private final RecordingEvent<CycleOpened> opened = new RecordingEvent<>();
    private final CycleLifecycle lifecycle = new CycleLifecycle();
    private ReportingCycle cycle;

    @BeforeEach
    void setUp() {
        lifecycle.cycles = cycles;
        lifecycle.states = InMemoryMemberStates.of("PER", "FRA");
        lifecycle.focalPoints = InMemoryFocalPoints.of(PERU, FRANCE);
        lifecycle.events = events;
        lifecycle.opened = opened;
        lifecycle.clock = CycleFixtures.CLOCK;
        cycle = CycleFixtures.draftCycle();
        cycle.cover(CycleFixtures.preciousMetals());
        cycles.store(cycle);
    }

    @Test
    void openingAPublishedCycleTellsEveryActiveFocalPointAndTheTrail() {
        lifecycle.publish(cycle.id());
        CycleView view = lifecycle.open(cycle.id());

        assertThat(view.status()).isEqualTo("OPEN");
        assertThat(opened.fired).singleElement().satisfies(o -> {
            assertThat(o.cycleId()).isEqualTo(cycle.id());
            assertThat(o.deadline()).isEqualTo(CycleFixtures.DEADLINE);
            assertThat(o.recipients()).containsExactly(PERU, FRANCE);
        });
        assertThat(events.fired)
                .extracting(Audited::action, Audited::detail)
                .containsExactly(tuple("CYCLE_PUBLISHED", "2 questions frozen"), tuple("CYCLE_OPENED", null));
    }

    @Test
    void aDraftIsNotOpenedAndNobodyIsTold() {
        assertThatThrownBy(() -> lifecycle.open(cycle.id()))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("Only a published cycle can be opened");

        assertThat(cycle.status()).isEqualTo(CycleStatus.DRAFT);
        assertThat(opened.fired).isEmpty();
        assertThat(events.fired).isEmpty();
    }

    @Test
    void aStateIsGivenMoreTimeByItsCodeWhateverTheCase() {
        LocalDate later = LocalDate.of(2026, 4, 30);

        CycleView view = lifecycle.extendDeadline(cycle.id(), " per ", later);

        assertThat(view.extensions()).containsExactly(new CycleView.Extension("PER", later));
        assertThat(cycle.deadlineFor("PER")).isEqualTo(later);
        assertThat(cycle.deadlineFor("FRA")).isEqualTo(CycleFixtures.DEADLINE);
        assertThat(events.fired).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("DEADLINE_EXTENDED");
            assertThat(e.detail()).isEqualTo("PER until 2026-04-30");
        });
    }

    @Test
    void anExtensionForACodeThatIsNoMemberStateIsRefused() {
        assertThatThrownBy(() -> lifecycle.extendDeadline(cycle.id(), "XXX", LocalDate.of(2026, 4, 30)))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("There is no Member State with the code XXX.");

        assertThat(cycle.extensions()).isEmpty();
        assertThat(events.fired).isEmpty();
    }

    @Test
    void anExtensionEndsAfterTheDeadlineItReplaces() {
        assertThatThrownBy(() -> lifecycle.extendDeadline(cycle.id(), "PER", CycleFixtures.DEADLINE))
                .isInstanceOf(InvalidValue.class)
                .hasMessage(
                        "An extension for PER must end after its current deadline (2026-03-31), not on 2026-03-31.");

        assertThat(cycle.extensions()).isEmpty();
        assertThat(events.fired).isEmpty();
    }

    @Test
    void anUnknownCycleIsNotFound() {
        assertThatThrownBy(() -> lifecycle.publish(99L))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("There is no reporting cycle 99.");
    }
}
