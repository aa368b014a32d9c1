package org.unodc.rt.domain.cycle;

import org.unodc.rt.domain.Explanation;

/** Draft (questionnaire editable) → published (questionnaire frozen) → open (States report) → closed. */
public enum CycleStatus {
    DRAFT,
    PUBLISHED,
    OPEN,
    CLOSED;

    /** The status as messages name it ("open"), in the reader's language: {@code cycleStatus.OPEN}. */
    public Explanation explanation() {
        return Explanation.of("cycleStatus." + name());
    }
}
