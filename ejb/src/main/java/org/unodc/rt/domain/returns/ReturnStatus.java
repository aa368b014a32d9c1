package org.unodc.rt.domain.returns;

import org.unodc.rt.domain.Explanation;

/**
 * draft → (awaiting clearance, where the State requires it) → submitted → (clarification requested → submitted again)* → accepted. The State edits only a draft or a
 * return sent back for clarification.
 */
public enum ReturnStatus {
    DRAFT,
    /** Checked and read-only: a second focal point of the State clears it before it goes to the secretariat. */
    AWAITING_CLEARANCE,
    SUBMITTED,
    CLARIFICATION_REQUESTED,
    ACCEPTED;

    public boolean editableByState() {
        return this == DRAFT || this == CLARIFICATION_REQUESTED;
    }

    /** The status as messages name it ("clarification requested"), in the reader's language. */
    public Explanation explanation() {
        return Explanation.of("returnStatus." + name());
    }

    /**
     * The status the public may know: none for a draft or a return awaiting clearance (the State's own business), and
     * a return sent back for clarification is still a submitted one (the review is the secretariat's business).
     */
    public java.util.Optional<ReturnStatus> publicStatus() {
        if (!hasBeenSubmitted()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(this == CLARIFICATION_REQUESTED ? SUBMITTED : this);
    }

    /** Counted as submitted in completeness figures. */
    public boolean hasBeenSubmitted() {
        return this != DRAFT && this != AWAITING_CLEARANCE;
    }
}
