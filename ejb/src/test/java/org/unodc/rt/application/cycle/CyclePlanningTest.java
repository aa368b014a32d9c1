package org.unodc.rt.application.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unodc.rt.domain.cycle.CycleFixtures.DEADLINE;
import static org.unodc.rt.domain.cycle.CycleFixtures.OPENS;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unodc.rt.application.InMemoryCycles;
import org.unodc.rt.application.InMemoryResolutions;
import org.unodc.rt.application.InMemorySessions;
import org.unodc.rt.application.NotFoundException;
import org.unodc.rt.application.RecordingEvent;
import org.unodc.rt.domain.RuleViolation;
import org.unodc.rt.domain.audit.Audited;
import org.unodc.rt.domain.cycle.CycleEvent;
import org.unodc.rt.domain.cycle.CycleFixtures;
import org.unodc.rt.domain.resolution.Resolution;
import org.unodc.rt.domain.session.CommissionSession;

/** The secretariat's set-up of a cycle, on cycles and resolutions in memory. */
class CyclePlanningTest {

    private final InMemoryCycles cycles = new InMemoryCycles();
    private final InMemoryResolutions resolutions = new InMemoryResolutions();
    private final RecordingEvent<Audited> events = new RecordingEvent<>();
    private final CyclePlanning planning = new CyclePlanning();
    private Resolution preciousMetals;

    @BeforeEach
    void setUp() {
        preciousMetals = CycleFixtures.preciousMetals();
        preciousMetals.addMandate(3, "Secretary-General", "CCPCJ", 35);
        resolutions.add(preciousMetals);
        planning.cycles = cycles;
        planning.sessions = new InMemorySessions().with(new CommissionSession(35, 2026));
        planning.resolutions = resolutions;
        planning.events = events;
        planning.clock = CycleFixtures.CLOCK;
    }

    @Test
    void aNewCycleIsADraftWithAQuestionPerParagraphForStatesAndTheTrailSaysSo() {
        CycleView created = planning.create(
                35,
                "Reporting for the 35th session",
                OPENS,
                DEADLINE,
                List.of(30, 7),
                List.of(preciousMetals.id()),
                List.of(new CyclePlanning.NewQuestion(null, "What else has your State done?", null, false)));

        assertThat(created.status()).isEqualTo("DRAFT");
        assertThat(created.reminderDays()).containsExactly(30, 7);
        assertThat(created.questions())
                .extracting(CycleView.QuestionView::paragraphNumber)
                .containsExactly(1, 2, null);
        assertThat(cycles.cycles).hasSize(1);
        assertThat(events.fired).singleElement().satisfies(e -> {
            assertThat(e).isInstanceOf(CycleEvent.Created.class);
            assertThat(e.action()).isEqualTo("CYCLE_CREATED");
            assertThat(e.targetType()).isEqualTo("ReportingCycle");
            assertThat(e.targetId()).isEqualTo(String.valueOf(created.id()));
            assertThat(e.detail()).isEqualTo("session 35, 3 questions, deadline 2026-03-31");
        });
    }

    @Test
    void aCycleForASessionNotRecordedIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> planning.create(36, "Reporting", OPENS, DEADLINE, null, null, null))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("There is no Commission session 36.");

        assertThat(cycles.cycles).isEmpty();
        assertThat(events.fired).isEmpty();
    }

    @Test
    void theResolutionsWithAMandateOnTheSessionAreProposed() {
        assertThat(planning.proposedResolutions(35))
                .extracting(CycleView.ResolutionRef::label)
                .containsExactly("E/RES/2013/38");
        assertThat(planning.proposedResolutions(34)).isEmpty();
    }

    @Test
    void aResolutionIsCoveredOnce() {
        Long id = planning.create(35, "Reporting", OPENS, DEADLINE, null, List.of(preciousMetals.id()), null)
                .id();

        assertThatThrownBy(() -> planning.cover(id, preciousMetals.id())).isInstanceOf(RuleViolation.class);
        assertThat(events.fired).extracting(Audited::action).containsExactly("CYCLE_CREATED");
    }
}
