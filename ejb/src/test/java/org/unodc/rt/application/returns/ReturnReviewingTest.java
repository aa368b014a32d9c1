package org.unodc.rt.application.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unodc.rt.application.NotFoundException;
import org.unodc.rt.domain.RuleViolation;
import org.unodc.rt.domain.audit.Audited;
import org.unodc.rt.domain.returns.ImplementationReturn;
import org.unodc.rt.domain.returns.ImplementationStatus;
import org.unodc.rt.domain.returns.ReturnStatus;

/** The secretariat remarks on a submitted return, sends it back for clarification or accepts it; in memory. */
class ReturnReviewingTest {

    private final OpenCycle open = new OpenCycle();
    private final ReturnReviewing secretariat = open.reviewing(Callers.secretariat());
    private final ImplementationReturn peru = open.submittedBy("PER", "fp.peru");

    @Test
    void aReturnIsSentBackOnlyWithARemarkOnItsCurrentVersion() {
        assertThatThrownBy(() -> secretariat.requestClarification(peru.id()))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("Comment on the answers that need clarification before sending the return back.");
        assertThat(peru.status()).isEqualTo(ReturnStatus.SUBMITTED);
        assertThat(open.events.fired).isEmpty();
    }

    @Test
    void aClarificationRequestGivesTheReturnBackToTheState() {
        secretariat.comment(peru.id(), 1, "Which article of Ley 30077 applies?");

        ReturnView sentBack = secretariat.requestClarification(peru.id());

        assertThat(sentBack.status()).isEqualTo("CLARIFICATION_REQUESTED");
        assertThat(sentBack.editable())
                .as("the secretariat reviews; it does not edit")
                .isFalse();
        assertThat(sentBack.comments())
                .extracting(ReturnView.Comment::author, ReturnView.Comment::body)
                .containsExactly(tuple("secretariat", "Which article of Ley 30077 applies?"));
        assertThat(open.events.fired)
                .extracting(Audited::action, Audited::targetId, Audited::detail)
                .containsExactly(
                        tuple(
                                "RETURN_COMMENTED",
                                String.valueOf(peru.id()),
                                "question 1: Which article of Ley 30077 applies?"),
                        tuple("RETURN_CLARIFICATION_REQUESTED", String.valueOf(peru.id()), "version 1"));
        ReturnView answered = open.drafting(Callers.focalPointOf("PER", "fp.peru"))
                .saveDraft(
                        peru.id(),
                        peru.version(),
                        List.of(new AnswerInput(
                                open.measures.id(),
                                ImplementationStatus.IMPLEMENTED,
                                "Article 2, since 2013.",
                                null,
                                null,
                                null)));
        assertThat(answered.status()).isEqualTo("CLARIFICATION_REQUESTED");
        assertThat(answered.editable())
                .as("the State's focal point edits it again")
                .isTrue();
    }

    @Test
    void acceptingLocksTheReturn() {
        ReturnView accepted = secretariat.accept(peru.id());

        assertThat(accepted.status()).isEqualTo("ACCEPTED");
        assertThat(peru.reviewedBy()).isEqualTo("secretariat");
        open.assertTrail(tuple("RETURN_ACCEPTED", "version 1"));
        assertThatThrownBy(() -> open.drafting(Callers.focalPointOf("PER", "fp.peru"))
                        .saveDraft(
                                peru.id(),
                                peru.version(),
                                List.of(new AnswerInput(
                                        open.measures.id(),
                                        ImplementationStatus.IN_PROGRESS,
                                        "Changed.",
                                        null,
                                        null,
                                        null))))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("The return is accepted: it is read-only for the State.");
    }

    @Test
    void anUnknownReturnIsNotFound() {
        assertThatThrownBy(() -> secretariat.accept(404L))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("There is no return 404.");
        assertThat(open.events.fired).isEmpty();
    }
}
