package org.unodc.rt.domain.cycle;

/** Draft (questionnaire editable) → published (questionnaire frozen) → open (States report) → closed. */
public enum CycleStatus {
    DRAFT,
    PUBLISHED,
    OPEN,
    CLOSED
}
