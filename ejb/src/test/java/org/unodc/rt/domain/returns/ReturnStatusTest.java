package org.unodc.rt.domain.returns;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the public may know of a return's status (profiles, the map). */
class ReturnStatusTest {

    @Test
    void aDraftOrAReturnAwaitingClearanceIsTheStatesOwnBusiness() {
        assertThat(ReturnStatus.DRAFT.publicStatus()).isEmpty();
        assertThat(ReturnStatus.AWAITING_CLEARANCE.publicStatus()).isEmpty();
    }

    @Test
    void aReturnSentBackForClarificationIsStillASubmittedOneToThePublic() {
        assertThat(ReturnStatus.CLARIFICATION_REQUESTED.publicStatus()).contains(ReturnStatus.SUBMITTED);
        assertThat(ReturnStatus.SUBMITTED.publicStatus()).contains(ReturnStatus.SUBMITTED);
        assertThat(ReturnStatus.ACCEPTED.publicStatus()).contains(ReturnStatus.ACCEPTED);
    }
}
