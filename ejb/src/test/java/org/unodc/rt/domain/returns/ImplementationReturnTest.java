package org.unodc.rt.domain.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unodc.rt.domain.InvalidValue;
import org.unodc.rt.domain.RuleViolation;
import org.unodc.rt.domain.cycle.Question;
import org.unodc.rt.domain.cycle.ReportingCycle;
import org.unodc.rt.domain.session.CommissionSession;

class ImplementationReturnTest {

    static final Instant NOW = Instant.parse("2026-02-01T08:00:00Z");
    static final Clock BEFORE_DEADLINE = Clock.fixed(Instant.parse("2026-03-20T10:00:00Z"), ZoneOffset.UTC);
    static final Clock AFTER_DEADLINE = Clock.fixed(Instant.parse("2026-04-02T10:00:00Z"), ZoneOffset.UTC);

    ReportingCycle cycle;
    Question measures;
    Question experience;
    Question coordinator;

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
        coordinator = cycle.addQuestion(null, "Who coordinated this return?", false);
        cycle.publish(NOW);
        cycle.open(NOW);
    }

    ImplementationReturn draft() {
        return new ImplementationReturn(cycle, "PER", "fp.peru", NOW);
    }

    static Map<Question, AnswerContent> answers(Object... questionsAndContents) {
        Map<Question, AnswerContent> map = new LinkedHashMap<>();
        for (int i = 0; i < questionsAndContents.length; i += 2) {
            map.put((Question) questionsAndContents[i], (AnswerContent) questionsAndContents[i + 1]);
        }
        return map;
    }

    static AnswerContent implemented(String narrative) {
        return new AnswerContent(ImplementationStatus.IMPLEMENTED, narrative, "Decreto Supremo 012-2019", null);
    }

    ImplementationReturn submitted() {
        ImplementationReturn aReturn = draft();
        aReturn.saveDraft(answers(measures, implemented("Ley 30077 contra el crimen organizado.")), "fp.peru", NOW);
        aReturn.submit(true, "fp.peru", BEFORE_DEADLINE);
        return aReturn;
    }

    @Test
    void aReturnCanBeStartedOnlyWhileTheCycleIsOpen() {
        cycle.close(NOW);

        assertThatThrownBy(this::draft)
                .isInstanceOf(RuleViolation.class)
                .hasMessage("Returns can be started only while the cycle is open; this one is closed.");
    }

    @Test
    void savingADraftKeepsWhatWasTypedAndWhoTypedIt() {
        ImplementationReturn aReturn = draft();

        aReturn.saveDraft(answers(measures, implemented("Ley 30077.")), "fp.peru", NOW.plusSeconds(5));

        assertThat(aReturn.status()).isEqualTo(ReturnStatus.DRAFT);
        assertThat(aReturn.contentFor(measures).narrative()).isEqualTo("Ley 30077.");
        assertThat(aReturn.findAnswer(measures).orElseThrow().updatedBy()).isEqualTo("fp.peru");
        assertThat(aReturn.updatedAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(aReturn.contentFor(experience)).isEqualTo(AnswerContent.EMPTY);
    }

    @Test
    void aQuestionOfAnotherCycleCannotBeAnswered() {
        ImplementationReturn aReturn = draft();
        ReportingCycle other = new ReportingCycle(
                new CommissionSession(36, 2027), "Other", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1), NOW);
        Question foreign = other.addQuestion(null, "Foreign?", false);

        assertThatThrownBy(() -> aReturn.saveDraft(answers(foreign, implemented("x")), "fp.peru", NOW))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void validationNamesEveryQuestionThatIsMissingAnAnswerOrANarrative() {
        ImplementationReturn aReturn = draft();
        aReturn.saveDraft(
                answers(
                        experience, new AnswerContent(ImplementationStatus.IN_PROGRESS, null, "A draft law", null),
                        coordinator, new AnswerContent(null, "Ministry of Justice", null, null)),
                "fp.peru",
                NOW);

        assertThat(aReturn.problems())
                .containsExactly(
                        "answer question 1: it is mandatory",
                        "write a narrative for question 2: every status but \"not applicable\" needs one",
                        "choose an implementation status for question 3");
        assertThatThrownBy(() -> aReturn.submit(true, "fp.peru", BEFORE_DEADLINE))
                .isInstanceOf(IncompleteReturn.class)
                .hasMessageStartingWith("The return cannot be submitted yet: answer question 1: it is mandatory; ");
        assertThat(aReturn.status()).isEqualTo(ReturnStatus.DRAFT);
        assertThat(aReturn.versions()).isEmpty();
    }

    @Test
    void notApplicableNeedsNoNarrative() {
        ImplementationReturn aReturn = draft();
        aReturn.saveDraft(
                answers(measures, new AnswerContent(ImplementationStatus.NOT_APPLICABLE, null, null, null)),
                "fp.peru",
                NOW);

        assertThat(aReturn.problems()).isEmpty();
    }

    @Test
    void submittingNeedsTheDeclaration() {
        ImplementationReturn aReturn = draft();
        aReturn.saveDraft(answers(measures, implemented("Ley 30077.")), "fp.peru", NOW);

        assertThatThrownBy(() -> aReturn.submit(false, "fp.peru", BEFORE_DEADLINE))
                .isInstanceOf(InvalidValue.class)
                .hasMessage("Confirm that the return has been cleared by the competent national authority.");
        assertThat(aReturn.status()).isEqualTo(ReturnStatus.DRAFT);
    }

    @Test
    void submittingKeepsASnapshotAndMakesTheReturnReadOnlyForTheState() {
        ImplementationReturn aReturn = submitted();

        assertThat(aReturn.status()).isEqualTo(ReturnStatus.SUBMITTED);
        ReturnVersion version = aReturn.latestVersion();
        assertThat(version.number()).isEqualTo(1);
        assertThat(version.submittedBy()).isEqualTo("fp.peru");
        assertThat(version.submittedAt()).isEqualTo(Instant.parse("2026-03-20T10:00:00Z"));
        assertThat(version.declaration()).isEqualTo(ImplementationReturn.DECLARATION);
        assertThat(version.answers())
                .extracting(AnswerSnapshot::questionPosition)
                .containsExactly(1, 2, 3);
        assertThat(version.answerTo(1).orElseThrow().narrative()).isEqualTo("Ley 30077 contra el crimen organizado.");
        assertThatThrownBy(() -> aReturn.saveDraft(answers(measures, implemented("Otro")), "fp.peru", NOW))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("The return is submitted: it is read-only for the State unless the secretariat asks for"
                        + " clarification.");
        assertThatThrownBy(() -> aReturn.submit(true, "fp.peru", BEFORE_DEADLINE))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void timelinessIsDecidedByTheFirstSubmissionAgainstTheStatesDeadline() {
        ImplementationReturn onTime = submitted();
        assertThat(onTime.onTime()).isTrue();
        assertThat(onTime.latestVersion().onTime()).isTrue();

        ImplementationReturn late = new ImplementationReturn(cycle, "FRA", "fp.france", NOW);
        late.saveDraft(answers(measures, implemented("Loi n° 2013-1117.")), "fp.france", NOW);
        late.submit(true, "fp.france", AFTER_DEADLINE);
        assertThat(late.onTime()).isFalse();

        cycle.extendDeadlineFor("CHN", LocalDate.of(2026, 4, 10));
        ImplementationReturn extended = new ImplementationReturn(cycle, "CHN", "fp.china", NOW);
        extended.saveDraft(answers(measures, implemented("《反有组织犯罪法》")), "fp.china", NOW);
        extended.submit(true, "fp.china", AFTER_DEADLINE);
        assertThat(extended.onTime()).isTrue();
    }

    @Test
    void clarificationSendsTheReturnBackWithTheCommentsAndResubmittingKeepsBothVersions() {
        ImplementationReturn aReturn = submitted();
        Instant review = Instant.parse("2026-03-22T09:00:00Z");

        assertThatThrownBy(() -> aReturn.requestClarification("secretariat", review))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("Comment on the answers");
        aReturn.comment(1, "Please cite the article of Ley 30077 that applies.", "secretariat", review);
        aReturn.requestClarification("secretariat", review);

        assertThat(aReturn.status()).isEqualTo(ReturnStatus.CLARIFICATION_REQUESTED);
        assertThat(aReturn.commentsOn(1))
                .extracting(ReviewComment::body, ReviewComment::versionNumber)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Please cite the article of Ley 30077 that applies.", 1));

        aReturn.saveDraft(answers(measures, implemented("Ley 30077, artículo 3.")), "fp.peru", review);
        aReturn.submit(true, "fp.peru", AFTER_DEADLINE);

        assertThat(aReturn.status()).isEqualTo(ReturnStatus.SUBMITTED);
        assertThat(aReturn.versions()).extracting(ReturnVersion::number).containsExactly(1, 2);
        assertThat(aReturn.version(1).answerTo(1).orElseThrow().narrative())
                .isEqualTo("Ley 30077 contra el crimen organizado.");
        assertThat(aReturn.version(2).answerTo(1).orElseThrow().narrative()).isEqualTo("Ley 30077, artículo 3.");
        assertThat(aReturn.onTime())
                .as("a resubmission does not change timeliness")
                .isTrue();
        assertThat(aReturn.version(2).onTime()).isFalse();
    }

    @Test
    void acceptingLocksTheReturn() {
        ImplementationReturn aReturn = submitted();

        aReturn.accept("secretariat", NOW);

        assertThat(aReturn.status()).isEqualTo(ReturnStatus.ACCEPTED);
        assertThat(aReturn.reviewedBy()).isEqualTo("secretariat");
        assertThatThrownBy(() -> aReturn.saveDraft(answers(measures, implemented("x")), "fp.peru", NOW))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("The return is accepted: it is read-only for the State.");
        assertThatThrownBy(() -> aReturn.requestClarification("secretariat", NOW))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> aReturn.comment(1, "Late remark", "secretariat", NOW))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void aDraftCanBeNeitherAcceptedNorSentBack() {
        ImplementationReturn aReturn = draft();

        assertThatThrownBy(() -> aReturn.accept("secretariat", NOW))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("Only a submitted return can be accepted; this one is draft.");
        assertThatThrownBy(() -> aReturn.comment(null, "Hurry", "secretariat", NOW))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void aCommentOnAQuestionThatDoesNotExistIsRefused() {
        ImplementationReturn aReturn = submitted();

        assertThatThrownBy(() -> aReturn.comment(9, "?", "secretariat", NOW))
                .isInstanceOf(InvalidValue.class)
                .hasMessage("The questionnaire has no question 9.");
    }

    @Test
    void nothingCanBeSubmittedOnceTheCycleIsClosed() {
        ImplementationReturn aReturn = draft();
        aReturn.saveDraft(answers(measures, implemented("Ley 30077.")), "fp.peru", NOW);
        cycle.close(NOW);

        assertThatThrownBy(() -> aReturn.submit(true, "fp.peru", AFTER_DEADLINE))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("The cycle is closed: returns can be submitted only while it is open.");
    }

    @Test
    void twoVersionsAreComparedAnswerByAnswer() {
        ImplementationReturn aReturn = submitted();
        aReturn.comment(1, "Which article?", "secretariat", NOW);
        aReturn.requestClarification("secretariat", NOW);
        aReturn.saveDraft(
                answers(
                        measures,
                        implemented("Ley 30077, artículo 3."),
                        coordinator,
                        new AnswerContent(ImplementationStatus.NOT_APPLICABLE, null, null, null)),
                "fp.peru",
                NOW);
        aReturn.submit(true, "fp.peru", BEFORE_DEADLINE);

        VersionComparison comparison = aReturn.compare(1, 2);

        assertThat(comparison.answers()).hasSize(3);
        assertThat(comparison.changed())
                .extracting(VersionComparison.Difference::questionPosition)
                .containsExactly(1, 3);
        VersionComparison.Difference first = comparison.changed().get(0);
        assertThat(first.from().narrative()).isEqualTo("Ley 30077 contra el crimen organizado.");
        assertThat(first.to().narrative()).isEqualTo("Ley 30077, artículo 3.");
        assertThat(comparison.answers().get(1).changed()).isFalse();
        assertThatThrownBy(() -> aReturn.compare(1, 3))
                .isInstanceOf(InvalidValue.class)
                .hasMessage("This return has no submitted version 3; it has 2.");
    }

    @Test
    void carriedOverAnswersAreMarkedUntilChangedAndNeverOverwriteWhatWasTyped() {
        ImplementationReturn aReturn = draft();
        aReturn.saveDraft(answers(experience, implemented("Ya escrito.")), "fp.peru", NOW);

        int carried = aReturn.carryOver(
                answers(measures, implemented("Respuesta aceptada en 2025."), experience, implemented("Antigua.")),
                "fp.peru",
                NOW);

        assertThat(carried).isEqualTo(1);
        assertThat(aReturn.findAnswer(measures).orElseThrow().carriedOver()).isTrue();
        assertThat(aReturn.contentFor(experience).narrative()).isEqualTo("Ya escrito.");
        aReturn.saveDraft(answers(measures, implemented("Actualizada.")), "fp.peru", NOW);
        assertThat(aReturn.findAnswer(measures).orElseThrow().carriedOver()).isFalse();
    }

    @Test
    void progressCountsTheAnsweredQuestionsOfASection() {
        ImplementationReturn aReturn = draft();
        aReturn.saveDraft(answers(measures, implemented("Ley 30077.")), "fp.peru", NOW);

        assertThat(aReturn.answeredAmong(cycle.questions())).isEqualTo(1);
    }

    @Test
    void anAnswerTextHasALimit() {
        assertThatThrownBy(() -> new AnswerContent(ImplementationStatus.IMPLEMENTED, "x".repeat(20001), null, null))
                .isInstanceOf(InvalidValue.class)
                .hasMessage("The narrative has at most 20000 characters (got 20001).");
    }
}
