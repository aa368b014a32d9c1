package org.unodc.rt.application.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unodc.rt.application.AccessDeniedException;
import org.unodc.rt.application.EditConflict;
import org.unodc.rt.application.NotFoundException;
import org.unodc.rt.domain.audit.Audited;
import org.unodc.rt.domain.cycle.Question;
import org.unodc.rt.domain.cycle.ReportingCycle;
import org.unodc.rt.domain.returns.ImplementationReturn;
import org.unodc.rt.domain.returns.ImplementationStatus;
import org.unodc.rt.domain.returns.IncompleteReturn;
import org.unodc.rt.domain.returns.ReturnStatus;
import org.unodc.rt.domain.session.CommissionSession;

/** A focal point starts, saves and submits its State's return; on returns in memory. */
class ReturnDraftingTest {

    private final OpenCycle open = new OpenCycle();
    private final ReturnDrafting peru = open.drafting(Callers.focalPointOf("PER", "fp.peru"));

    @Test
    void readingNeverStartsTheReturn() {
        assertThat(peru.findMyReturn(open.cycle.id())).isEmpty();
        assertThatThrownBy(() -> peru.myReturn(open.cycle.id())).isInstanceOf(NotFoundException.class);

        assertThat(open.returns.returns).isEmpty();
        assertThat(open.events.fired).isEmpty();
    }

    @Test
    void startingTheReturnStartsItOnceAndLaterOnesFindIt() {
        ReturnView first = peru.startMyReturn(open.cycle.id());
        ReturnView again = peru.startMyReturn(open.cycle.id());

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(first.stateIso3()).isEqualTo("PER");
        assertThat(first.status()).isEqualTo("DRAFT");
        assertThat(open.returns.returns).hasSize(1);
        assertThat(open.events.fired)
                .extracting(Audited::action, Audited::targetType, Audited::targetId, Audited::detail)
                .containsExactly(tuple("RETURN_STARTED", "Return", String.valueOf(first.id()), "PER in cycle 1"));
    }

    @Test
    void savingKeepsTheAnswersAndMovesTheVersionOn() {
        ImplementationReturn draft = open.draftOf("PER", "fp.peru");

        ReturnView saved = peru.saveDraft(draft.id(), 0, List.of(answer(open.measures.id(), "Ley 30077.")));

        assertThat(saved.version()).isEqualTo(1);
        assertThat(draft.contentFor(open.measures).narrative()).isEqualTo("Ley 30077.");
        assertThat(draft.updatedBy()).isEqualTo("fp.peru");
        open.assertTrail(tuple("RETURN_SAVED", "question 1: IMPLEMENTED, narrative of 10 characters"));
    }

    @Test
    void savingWhatIsAlreadyThereChangesNothing() {
        ImplementationReturn draft = open.draftOf("PER", "fp.peru");
        peru.saveDraft(draft.id(), 0, List.of(answer(open.measures.id(), "Ley 30077.")));

        ReturnView again = peru.saveDraft(draft.id(), 1, List.of(answer(open.measures.id(), "Ley 30077.")));

        assertThat(again.version()).isEqualTo(1);
        assertThat(open.events.fired).hasSize(1);
    }

    @Test
    void aSaveOnAVersionSomeoneElseReplacedSavesNothingAndGivesBothVersions() {
        ImplementationReturn draft = open.draftOf("PER", "fp.peru");
        open.drafting(Callers.focalPointOf("PER", "fp.peru.colleague"))
                .saveDraft(draft.id(), 0, List.of(answer(open.measures.id(), "Theirs.")));
        List<AnswerInput> mine = List.of(answer(open.measures.id(), "Mine."));

        assertThatThrownBy(() -> peru.saveDraft(draft.id(), 0, mine))
                .isInstanceOfSatisfying(EditConflict.class, conflict -> {
                    assertThat(conflict.yours()).contains(mine);
                    assertThat(conflict.theirs(ReturnView.class).version()).isEqualTo(1);
                    assertThat(conflict.theirs(ReturnView.class).updatedBy()).isEqualTo("fp.peru.colleague");
                    assertThat(conflict.getMessage()).startsWith("Someone else (fp.peru.colleague) saved this return");
                    assertThat(conflict.attempt())
                            .get()
                            .extracting(Audited::action, Audited::targetId, Audited::detail)
                            .containsExactly(
                                    "RETURN_SAVE",
                                    String.valueOf(draft.id()),
                                    "edit conflict: saved on version 0, current 1");
                });
        assertThat(draft.contentFor(open.measures).narrative()).isEqualTo("Theirs.");
        assertThat(draft.version()).isEqualTo(1);
    }

    @Test
    void aReturnWithTheMandatoryQuestionUnansweredIsNotSubmitted() {
        ImplementationReturn draft = open.draftOf("PER", "fp.peru");
        peru.saveDraft(draft.id(), 0, List.of(answer(open.experience.id(), "Joint investigations.")));

        assertThatThrownBy(() -> peru.submit(draft.id(), true))
                .isInstanceOf(IncompleteReturn.class)
                .hasMessageContaining("answer question 1: it is mandatory");
        assertThat(draft.status()).isEqualTo(ReturnStatus.DRAFT);
        assertThat(draft.versions()).isEmpty();
        assertThat(open.events.fired).extracting(Audited::action).containsExactly("RETURN_SAVED");
    }

    @Test
    void submittingKeepsTheVersionAndSaysWhetherItCameOnTime() {
        ImplementationReturn draft = open.draftOf("PER", "fp.peru");
        peru.saveDraft(draft.id(), 0, List.of(answer(open.measures.id(), "Ley 30077.")));

        ReturnView submitted = peru.submit(draft.id(), true);

        assertThat(submitted.status()).isEqualTo("SUBMITTED");
        assertThat(submitted.editable()).isFalse();
        assertThat(submitted.versions()).singleElement().satisfies(v -> assertThat(v.onTime())
                .isTrue());
        assertThat(open.events.fired)
                .extracting(Audited::action, Audited::detail)
                .endsWith(tuple("RETURN_SUBMITTED", "version 1, on time"));
    }

    @Test
    void carryingOverFillsTheUnansweredQuestionsFromTheLastAcceptedReturn() {
        ReportingCycle earlier = new ReportingCycle(
                new CommissionSession(34, 2025),
                "Reporting for the 34th session",
                LocalDate.of(2025, 1, 15),
                LocalDate.of(2025, 3, 31),
                OpenCycle.NOW);
        Question sameWording = earlier.addQuestion(null, open.measures.text(), true);
        earlier.publish(OpenCycle.NOW);
        earlier.open(OpenCycle.NOW);
        ImplementationReturn accepted = new ImplementationReturn(earlier, "PER", "fp.peru", OpenCycle.NOW);
        accepted.saveDraft(Map.of(sameWording, OpenCycle.implemented("Ley 30077, 2013.")), "fp.peru", OpenCycle.NOW);
        accepted.submit(true, "fp.peru", OpenCycle.CLOCK);
        accepted.accept("secretariat", OpenCycle.NOW);
        open.returns.add(accepted);
        ImplementationReturn draft = open.draftOf("PER", "fp.peru");

        ReturnView carried = peru.carryOver(draft.id());

        assertThat(carried.sections().get(0).answers())
                .extracting(ReturnView.AnswerView::narrative, ReturnView.AnswerView::carriedOver)
                .containsExactly(tuple("Ley 30077, 2013.", true), tuple(null, false));
        open.assertTrail(tuple("RETURN_CARRIED_OVER", "1 answers"));
    }

    @Test
    void anotherStatesReturnIsRefusedAndTheAttemptKept() {
        ImplementationReturn france = open.draftOf("FRA", "fp.france");

        assertThatThrownBy(() -> peru.saveDraft(france.id(), 0, List.of(answer(open.measures.id(), "Intrusión"))))
                .isInstanceOfSatisfying(AccessDeniedException.class, refused -> {
                    assertThat(refused.getMessage())
                            .isEqualTo("You report for PER: you may see and change only your own State's returns.");
                    assertThat(refused.attempt())
                            .get()
                            .extracting(Audited::action, Audited::detail)
                            .containsExactly("RETURN_SAVE", "return of FRA; caller reports for PER");
                });
        assertThat(france.answers()).isEmpty();
        assertThat(open.events.fired).isEmpty();
    }

    @Test
    void aContributorSavesTheAnswerAssignedToThemWhileTheOthersShowReadOnly() {
        ImplementationReturn draft = open.draftOf("PER", "fp.peru");
        draft.assign(open.measures, "rosa.peru");
        ReturnDrafting rosa = open.drafting(Callers.contributorOf("PER", "rosa.peru"));

        ReturnView saved = rosa.saveDraft(draft.id(), 0, List.of(answer(open.measures.id(), "Ley 30077.")));

        assertThat(saved.editable()).isTrue();
        assertThat(saved.submittable()).isFalse();
        assertThat(saved.sections().get(0).answers())
                .extracting(
                        ReturnView.AnswerView::questionId,
                        ReturnView.AnswerView::assignedTo,
                        ReturnView.AnswerView::editable)
                .containsExactly(tuple(11L, "rosa.peru", true), tuple(12L, null, false));
        assertThat(draft.contentFor(open.measures).narrative()).isEqualTo("Ley 30077.");
    }

    @Test
    void aContributorChangingAnAnswerNotAssignedToThemIsRefusedAndTheAttemptKept() {
        ImplementationReturn draft = open.draftOf("PER", "fp.peru");
        draft.assign(open.measures, "rosa.peru");
        ReturnDrafting rosa = open.drafting(Callers.contributorOf("PER", "rosa.peru"));

        assertThatThrownBy(() -> rosa.saveDraft(draft.id(), 0, List.of(answer(open.experience.id(), "Talleres."))))
                .isInstanceOfSatisfying(AccessDeniedException.class, refused -> {
                    assertThat(refused.getMessage())
                            .isEqualTo(
                                    "You may change only the answers a focal point assigned to you; not: question 2.");
                    assertThat(refused.attempt())
                            .get()
                            .extracting(Audited::action, Audited::detail)
                            .containsExactly("RETURN_SAVE", "not assigned to rosa.peru: question 2");
                });
        assertThat(draft.answers()).isEmpty();
    }

    @Test
    void aContributorNeitherSubmitsNorStartsAndAnObserverChangesNothing() {
        ImplementationReturn draft = open.draftOf("PER", "fp.peru");
        draft.saveDraft(java.util.Map.of(open.measures, OpenCycle.implemented("Ley 30077.")), "fp.peru", OpenCycle.NOW);
        ReturnDrafting rosa = open.drafting(Callers.contributorOf("PER", "rosa.peru"));
        ReturnDrafting mission = open.drafting(Callers.observerOf("PER", "pm.peru"));

        assertThatThrownBy(() -> rosa.submit(draft.id(), true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mission.saveDraft(draft.id(), 1, List.of(answer(open.measures.id(), "Otra."))))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Only the State's focal points and contributors change its return; observers and the"
                        + " secretariat read it.");
        ReturnView read = mission.myReturn(open.cycle.id());
        assertThat(read.editable()).isFalse();
        assertThat(read.sections().get(0).answers()).noneMatch(ReturnView.AnswerView::editable);
        assertThat(draft.status()).isEqualTo(ReturnStatus.DRAFT);
        assertThat(draft.contentFor(open.measures).narrative()).isEqualTo("Ley 30077.");
    }

    @Test
    void whereTheStateRequiresClearanceASecondFocalPointClearsTheReturn() {
        open.states.states.get("PER").requireClearance(true);
        ImplementationReturn draft = open.draftOf("PER", "fp.peru");
        draft.saveDraft(java.util.Map.of(open.measures, OpenCycle.implemented("Ley 30077.")), "fp.peru", OpenCycle.NOW);
        ReturnDrafting second = open.drafting(Callers.focalPointOf("PER", "fp.peru.2"));

        ReturnView awaiting = peru.submit(draft.id(), true);
        assertThatThrownBy(() -> peru.clear(draft.id()))
                .isInstanceOf(org.unodc.rt.domain.RuleViolation.class)
                .hasMessageContaining("fp.peru asked for clearance");
        ReturnView cleared = second.clear(draft.id());

        assertThat(awaiting.status()).isEqualTo("AWAITING_CLEARANCE");
        assertThat(awaiting.versions()).isEmpty();
        assertThat(cleared.status()).isEqualTo("SUBMITTED");
        assertThat(cleared.versions())
                .extracting(ReturnView.VersionRef::submittedBy)
                .containsExactly("fp.peru.2");
        open.assertTrail(
                tuple("RETURN_CLEARANCE_REQUESTED", "PER requires clearance by a second focal point"),
                tuple("RETURN_CLEARED", "asked for by fp.peru; submitted as version 1"),
                tuple("RETURN_SUBMITTED", "version 1, on time"));
    }

    private static AnswerInput answer(Long questionId, String narrative) {
        return new AnswerInput(questionId, ImplementationStatus.IMPLEMENTED, narrative, null, null, null);
    }
}
