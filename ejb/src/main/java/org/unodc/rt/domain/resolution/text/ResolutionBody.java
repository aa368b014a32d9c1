package org.unodc.rt.domain.resolution.text;

/** The organ that adopts (or is asked to adopt) a resolution. */
public enum ResolutionBody {
    ECOSOC,
    CCPCJ,
    GA
}
