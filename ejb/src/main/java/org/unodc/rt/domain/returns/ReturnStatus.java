package org.unodc.rt.domain.returns;

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

    /** Counted as submitted in completeness figures. */
    public boolean hasBeenSubmitted() {
        return this != DRAFT;
    }
}
