package org.unodc.rt.domain.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unodc.rt.domain.cycle.CycleFixtures.DEADLINE;
import static org.unodc.rt.domain.cycle.CycleFixtures.NOW;
import static org.unodc.rt.domain.cycle.CycleFixtures.OPENS;
import static org.unodc.rt.domain.cycle.CycleFixtures.draftCycle;
import static org.unodc.rt.domain.cycle.CycleFixtures.preciousMetals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.unodc.rt.domain.InvalidValue;
import org.unodc.rt.domain.RuleViolation;
import org.unodc.rt.domain.resolution.Resolution;
import org.unodc.rt.domain.session.CommissionSession;

class ReportingCycleTest {

    @Test
    void aNewCycleIsADraftWithTheDefaultReminders() {
        ReportingCycle cycle = draftCycle();

        assertThat(cycle.status()).isEqualTo(CycleStatus.DRAFT);
        assertThat(cycle.reminderSchedule().daysBefore()).containsExactly(14, 7, 3, -1);
    }

    @Test
    void coveringAResolutionGeneratesOneQuestionPerParagraphThatDirectsMemberStates() {
        ReportingCycle cycle = draftCycle();

        cycle.cover(preciousMetals());

        assertThat(cycle.questions()).extracting(Question::paragraphNumber).containsExactly(1, 2);
        assertThat(cycle.questions()).extracting(Question::position).containsExactly(1, 2);
        assertThat(cycle.questions()).extracting(Question::origin).containsOnly(QuestionOrigin.PARAGRAPH);
        assertThat(cycle.questions().get(0).text()).contains("Encourages Member States to consider adopting measures");
        assertThat(cycle.questions().get(1).label()).isEqualTo("question 2 (E/RES/2013/38, paragraph 2)");
    }

    @Test
    void theSecretariatRewordsGuidesMarksMandatoryAndAddsItsOwnQuestions() {
        ReportingCycle cycle = draftCycle();
        Resolution resolution = preciousMetals();
        cycle.cover(resolution);
        Question first = cycle.questions().get(0);

        cycle.rewordQuestion(first, "Which measures has your State adopted against trafficking in precious metals?");
        cycle.guideQuestion(first, "Cite the laws by title and year.");
        cycle.markMandatory(first, true);
        Question own = cycle.addQuestion(resolution, "Has your State assessed the risk?", false);
        Question general = cycle.addQuestion(null, "Who coordinated this return?", true);

        assertThat(first.text()).startsWith("Which measures");
        assertThat(first.guidance()).isEqualTo("Cite the laws by title and year.");
        assertThat(first.mandatory()).isTrue();
        assertThat(own.origin()).isEqualTo(QuestionOrigin.SECRETARIAT);
        assertThat(own.position()).isEqualTo(3);
        assertThat(general.label()).isEqualTo("question 4");
        assertThat(cycle.questionsOn(resolution)).hasSize(3);
        assertThat(cycle.questionsOn(null)).containsExactly(general);
    }

    @Test
    void aQuestionOnAResolutionTheCycleDoesNotCoverIsRefused() {
        ReportingCycle cycle = draftCycle();

        assertThatThrownBy(() -> cycle.addQuestion(preciousMetals(), "Anything?", false))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("Cover E/RES/2013/38");
    }

    @Test
    void removingAQuestionRenumbersTheOthers() {
        ReportingCycle cycle = draftCycle();
        cycle.cover(preciousMetals());
        Question third = cycle.addQuestion(null, "Who coordinated this return?", true);

        cycle.removeQuestion(cycle.questions().get(0));

        assertThat(cycle.questions()).hasSize(2);
        assertThat(third.position()).isEqualTo(2);
    }

    @Test
    void publishingFreezesTheQuestionnaire() {
        ReportingCycle cycle = draftCycle();
        Resolution resolution = preciousMetals();
        cycle.cover(resolution);
        cycle.publish(NOW);
        Question first = cycle.questions().get(0);

        assertThat(cycle.status()).isEqualTo(CycleStatus.PUBLISHED);
        assertThatThrownBy(() -> cycle.rewordQuestion(first, "Other words"))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("The questionnaire is frozen since the cycle was published: you can no longer reword a"
                        + " question.");
        assertThatThrownBy(() -> cycle.addQuestion(null, "More?", false)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> cycle.markMandatory(first, true)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> cycle.cover(preciousMetals())).isInstanceOf(RuleViolation.class);
        assertThat(first.text()).doesNotContain("Other words");
    }

    @Test
    void anEmptyQuestionnaireCannotBePublished() {
        ReportingCycle cycle = draftCycle();

        assertThatThrownBy(() -> cycle.publish(NOW))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("no question");
    }

    @Test
    void theCycleGoesFromPublishedToOpenToClosedAndNoStepIsSkipped() {
        ReportingCycle cycle = draftCycle();
        cycle.addQuestion(null, "Who coordinated this return?", true);

        assertThatThrownBy(() -> cycle.open(NOW)).isInstanceOf(RuleViolation.class);
        cycle.publish(NOW);
        assertThatThrownBy(() -> cycle.close(NOW)).isInstanceOf(RuleViolation.class);
        cycle.open(NOW.plusSeconds(60));
        assertThat(cycle.isOpen()).isTrue();
        assertThat(cycle.openedAt()).isEqualTo(NOW.plusSeconds(60));
        cycle.close(NOW.plusSeconds(120));
        assertThat(cycle.status()).isEqualTo(CycleStatus.CLOSED);
        assertThatThrownBy(() -> cycle.open(NOW)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void theDeadlineMustComeAfterTheOpening() {
        assertThatThrownBy(() -> new ReportingCycle(new CommissionSession(35, 2026), "Cycle", DEADLINE, OPENS, NOW))
                .isInstanceOf(InvalidValue.class)
                .hasMessage("The deadline (2026-01-15) must come after the opening date (2026-03-31).");
    }

    @Test
    void aReturnIsOnTimeUntilMidnightInViennaAtTheEndOfTheDeadlineDay() {
        ReportingCycle cycle = draftCycle();

        // 31 March 2026 is summer time in Vienna (UTC+2): the day ends at 22:00 UTC.
        assertThat(cycle.isOnTime("PER", Instant.parse("2026-03-31T21:59:59Z"))).isTrue();
        assertThat(cycle.isOnTime("PER", Instant.parse("2026-03-31T22:00:00Z"))).isFalse();
        assertThat(cycle.dueInstantFor("PER")).isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
    }

    @Test
    void anExtensionMovesTheDeadlineForOneStateOnly() {
        ReportingCycle cycle = draftCycle();

        cycle.extendDeadlineFor("FRA", LocalDate.of(2026, 4, 15));

        assertThat(cycle.deadlineFor("FRA")).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(cycle.deadlineFor("PER")).isEqualTo(DEADLINE);
        assertThat(cycle.isOnTime("FRA", Instant.parse("2026-04-10T10:00:00Z"))).isTrue();
        assertThat(cycle.isOnTime("PER", Instant.parse("2026-04-10T10:00:00Z"))).isFalse();
    }

    @Test
    void anExtensionMustEndAfterTheCurrentDeadline() {
        ReportingCycle cycle = draftCycle();

        assertThatThrownBy(() -> cycle.extendDeadlineFor("FRA", DEADLINE))
                .isInstanceOf(InvalidValue.class)
                .hasMessage("An extension for FRA must end after its current deadline (2026-03-31), not on"
                        + " 2026-03-31.");
    }

    @Test
    void aSecondExtensionReplacesTheFirst() {
        ReportingCycle cycle = draftCycle();
        cycle.extendDeadlineFor("FRA", LocalDate.of(2026, 4, 15));

        cycle.extendDeadlineFor("FRA", LocalDate.of(2026, 4, 30));

        assertThat(cycle.extensions()).containsExactly(new DeadlineExtension("FRA", LocalDate.of(2026, 4, 30)));
    }

    @Test
    void remindersAreDueOnlyWhileOpenAndEachOnlyOnce() {
        ReportingCycle cycle = draftCycle();
        cycle.addQuestion(null, "Who coordinated this return?", true);
        cycle.publish(NOW);
        LocalDate twoWeeksBefore = DEADLINE.minusDays(14);

        assertThat(cycle.reminderDue("PER", twoWeeksBefore)).isEmpty();
        cycle.open(NOW);
        assertThat(cycle.reminderDue("PER", twoWeeksBefore.minusDays(1))).isEmpty();
        assertThat(cycle.reminderDue("PER", twoWeeksBefore)).contains(14);
        cycle.reminderSent("PER", 14, NOW);
        assertThat(cycle.reminderDue("PER", twoWeeksBefore)).isEmpty();
        assertThat(cycle.reminderDue("PER", twoWeeksBefore.plusDays(5))).isEmpty();
        assertThat(cycle.reminderDue("PER", DEADLINE.minusDays(3))).contains(3);
        assertThat(cycle.reminderDue("PER", DEADLINE.plusDays(1))).contains(-1);
    }

    @Test
    void remindersFollowAStatesExtendedDeadline() {
        ReportingCycle cycle = draftCycle();
        cycle.addQuestion(null, "Who coordinated this return?", true);
        cycle.publish(NOW);
        cycle.open(NOW);
        cycle.extendDeadlineFor("FRA", DEADLINE.plusDays(10));

        assertThat(cycle.reminderDue("FRA", DEADLINE.minusDays(3))).contains(14);
        assertThat(cycle.reminderDue("FRA", DEADLINE.plusDays(7))).contains(3);
    }
}
