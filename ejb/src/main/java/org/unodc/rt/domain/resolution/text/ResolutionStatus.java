package org.unodc.rt.domain.resolution.text;

/** Whether a resolution has been adopted or is still a draft before its body. */
public enum ResolutionStatus {
    ADOPTED,
    DRAFT
}
