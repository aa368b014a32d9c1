package org.unodc.rt.domain.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unodc.rt.domain.InvalidValue;
import org.unodc.rt.domain.RuleViolation;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.cycle.Question;
import org.unodc.rt.domain.cycle.ReportingCycle;
import org.unodc.rt.domain.session.CommissionSession;

/** Who may read, edit, submit, assign and clear a State's return, and how clearance moves it. */
class ReturnAccessTest {

    static final Instant NOW = Instant.parse("2026-02-01T08:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    final ReturnAccess focalPoint = ReturnAccess.of(Role.FOCAL_POINT, "PER", "fp.peru");
    final ReturnAccess secondFocalPoint = ReturnAccess.of(Role.FOCAL_POINT, "PER", "fp.peru.2");
    final ReturnAccess rosa = ReturnAccess.of(Role.CONTRIBUTOR, "PER", "rosa.peru");
    final ReturnAccess luis = ReturnAccess.of(Role.CONTRIBUTOR, "PER", "luis.peru");
    final ReturnAccess mission = ReturnAccess.of(Role.OBSERVER, "PER", "pm.peru");
    final ReturnAccess frenchFocalPoint = ReturnAccess.of(Role.FOCAL_POINT, "FRA", "fp.france");
    final ReturnAccess frenchContributor = ReturnAccess.of(Role.CONTRIBUTOR, "FRA", "rosa.peru");

    ReportingCycle cycle;
    Question measures;
    Question experience;
    ImplementationReturn peru;

    @BeforeEach
    void openCycle() {
        cycle = new ReportingCycle(
                new CommissionSession(35, 2026),
                "Reporting for the 35th session",
                LocalDate.of(2026, 1, 15),
                LocalDate.of(2026, 3, 31),
                NOW);
        measures = cycle.addQuestion(null, "Which measures has your State adopted?", true);
        experience = cycle.addQuestion(null, "Which experience can your State share?", false);
        cycle.publish(NOW);
        cycle.open(NOW);
        peru = new ImplementationReturn(cycle, "PER", "fp.peru", NOW);
        peru.assign(measures, "rosa.peru");
    }

    @Test
    void everyoneOfTheStateReadsItAndNobodyOfAnotherState() {
        assertThat(focalPoint.mayRead(peru)).isTrue();
        assertThat(rosa.mayRead(peru)).isTrue();
        assertThat(mission.mayRead(peru)).isTrue();
        assertThat(ReturnAccess.staffMember().mayRead(peru)).isTrue();
        assertThat(frenchFocalPoint.mayRead(peru)).isFalse();
        assertThat(frenchContributor.mayRead(peru))
                .as("same user name, other State")
                .isFalse();
        assertThat(ReturnAccess.of(null, null, null).mayRead(peru)).isFalse();
    }

    @Test
    void aFocalPointEditsEveryAnswerAContributorOnlyTheirsAnObserverNone() {
        assertThat(focalPoint.mayEdit(peru, measures)).isTrue();
        assertThat(focalPoint.mayEdit(peru, experience)).isTrue();
        assertThat(rosa.mayEdit(peru, measures)).isTrue();
        assertThat(rosa.mayEdit(peru, experience)).isFalse();
        assertThat(luis.mayEdit(peru, measures)).isFalse();
        assertThat(mission.mayEdit(peru, measures)).isFalse();
        assertThat(mission.mayChange(peru)).isFalse();
        assertThat(frenchContributor.mayEdit(peru, measures)).isFalse();
        assertThat(ReturnAccess.staffMember().mayChange(peru)).isFalse();
    }

    @Test
    void onlyAFocalPointSubmitsAssignsAndSeesTheHistory() {
        assertThat(focalPoint.mayManage(peru)).isTrue();
        assertThat(rosa.mayManage(peru)).isFalse();
        assertThat(mission.mayManage(peru)).isFalse();
        assertThat(frenchFocalPoint.mayManage(peru)).isFalse();
        assertThat(focalPoint.maySeeHistory(peru)).isTrue();
        assertThat(ReturnAccess.staffMember().maySeeHistory(peru)).isTrue();
        assertThat(rosa.maySeeHistory(peru)).isFalse();
        assertThat(focalPoint.mayStartFor("PER")).isTrue();
        assertThat(rosa.mayStartFor("PER")).isFalse();
    }

    @Test
    void aSecondFocalPointClearsTheReturnTheOneWhoAskedCannot() {
        answer();
        peru.requestClearance(true, Publication.DEFAULT, "fp.peru", NOW);

        assertThat(peru.status()).isEqualTo(ReturnStatus.AWAITING_CLEARANCE);
        assertThat(peru.status().editableByState()).isFalse();
        assertThat(peru.status().hasBeenSubmitted())
                .as("not yet with the secretariat")
                .isFalse();
        assertThat(focalPoint.mayClear(peru)).isFalse();
        assertThat(secondFocalPoint.mayClear(peru)).isTrue();
        assertThat(rosa.mayClear(peru)).isFalse();
        assertThatThrownBy(() -> peru.clear("fp.peru", CLOCK))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("fp.peru asked for clearance: another focal point of the State clears the return or sends"
                        + " it back.");

        ReturnVersion version = peru.clear("fp.peru.2", CLOCK);

        assertThat(peru.status()).isEqualTo(ReturnStatus.SUBMITTED);
        assertThat(version.number()).isEqualTo(1);
        assertThat(version.submittedBy()).isEqualTo("fp.peru.2");
        assertThat(peru.clearanceRequestedBy()).isNull();
    }

    @Test
    void sentBackFromClearanceTheReturnIsADraftAgain() {
        answer();
        peru.requestClearance(true, Publication.DEFAULT, "fp.peru", NOW);

        peru.sendBackFromClearance("fp.peru.2", NOW);

        assertThat(peru.status()).isEqualTo(ReturnStatus.DRAFT);
        assertThat(peru.versions()).isEmpty();
        assertThatThrownBy(() -> peru.clear("fp.peru.2", CLOCK)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void clearanceIsAskedOnlyForAReturnThatCouldBeSubmitted() {
        assertThatThrownBy(() -> peru.requestClearance(true, Publication.DEFAULT, "fp.peru", NOW))
                .isInstanceOf(IncompleteReturn.class);
        answer();
        assertThatThrownBy(() -> peru.requestClearance(false, Publication.DEFAULT, "fp.peru", NOW))
                .isInstanceOf(InvalidValue.class);
        assertThat(peru.status()).isEqualTo(ReturnStatus.DRAFT);
    }

    @Test
    void assigningAQuestionOfAnotherCycleIsRefusedAndNullTakesItBack() {
        Question elsewhere = new ReportingCycle(
                        new CommissionSession(36, 2027),
                        "Another",
                        LocalDate.of(2027, 1, 15),
                        LocalDate.of(2027, 3, 31),
                        NOW)
                .addQuestion(null, "Another question?", true);

        assertThatThrownBy(() -> peru.assign(elsewhere, "rosa.peru")).isInstanceOf(InvalidValue.class);
        assertThat(peru.assign(measures, null)).isTrue();
        assertThat(peru.assigneeOf(measures)).isEmpty();
        assertThat(rosa.mayEdit(peru, measures)).isFalse();
    }

    @Test
    void onlyTheAnswersASaveWouldChangeCountAsChanged() {
        answer();
        AnswerContent same = peru.contentFor(measures);
        AnswerContent other = new AnswerContent(ImplementationStatus.IN_PROGRESS, "Proyecto de ley.", null, null);

        assertThat(peru.questionsChangedBy(Map.of(measures, same))).isEmpty();
        assertThat(peru.questionsChangedBy(Map.of(measures, same, experience, other)))
                .containsExactly(experience);
    }

    private void answer() {
        peru.saveDraft(
                Map.of(measures, new AnswerContent(ImplementationStatus.IMPLEMENTED, "Ley 30077.", null, null)),
                "fp.peru",
                NOW);
    }
}
