package org.unodc.rt.domain.resolution.text;

/** Whether the text is an adopted resolution or a draft still to be adopted. */
public enum ResolutionStatus {
    ADOPTED,
    DRAFT
}
