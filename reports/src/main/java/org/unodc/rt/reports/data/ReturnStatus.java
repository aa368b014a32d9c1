package org.unodc.rt.reports.data;

/** Where a State's return stands in its lifecycle: draft → submitted → (clarification → resubmitted)* → accepted. */
public enum ReturnStatus {
    NOT_STARTED("Not started"),
    DRAFT("Draft"),
    SUBMITTED("Submitted"),
    CLARIFICATION_REQUESTED("Clarification requested"),
    RESUBMITTED("Resubmitted"),
    ACCEPTED("Accepted");

    private final String label;

    ReturnStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A return that was never submitted is printed with a DRAFT watermark. */
    public boolean isSubmitted() {
        return this != NOT_STARTED && this != DRAFT;
    }
}
