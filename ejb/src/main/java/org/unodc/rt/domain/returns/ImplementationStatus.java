package org.unodc.rt.domain.returns;

/** How far a State has implemented what a paragraph asks. */
public enum ImplementationStatus {
    IMPLEMENTED,
    PARTIALLY_IMPLEMENTED,
    IN_PROGRESS,
    NOT_STARTED,
    NOT_APPLICABLE;

    /** Every status but "not applicable" must be explained in a narrative. */
    public boolean needsNarrative() {
        return this != NOT_APPLICABLE;
    }
}
