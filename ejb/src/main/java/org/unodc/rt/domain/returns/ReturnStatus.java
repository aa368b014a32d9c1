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

    /** Counted as submitted in completeness figures. */
    public boolean hasBeenSubmitted() {
        return this != DRAFT && this != AWAITING_CLEARANCE;
    }
}
