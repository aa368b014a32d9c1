package org.unodc.rt.domain.returns;

import org.unodc.rt.domain.Explanation;

/**
 * draft → submitted → (clarification requested → submitted again)* → accepted. The State edits only a draft or a
 * return sent back for clarification.
 */
public enum ReturnStatus {
    DRAFT,
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
        return this != DRAFT;
    }
}
