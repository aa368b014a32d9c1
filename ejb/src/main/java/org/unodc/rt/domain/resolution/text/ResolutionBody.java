package org.unodc.rt.domain.resolution.text;

/** The organ that adopts (or, for a draft, is asked to adopt) the resolution. */
public enum ResolutionBody {
    /** Economic and Social Council: numbers like {@code 2013/38}, symbols {@code E/RES/2013/38}. */
    ECOSOC,
    /** Commission on Crime Prevention and Criminal Justice: numbers like {@code 22/1}, symbols {@code E/CN.15/RES/22/1}. */
    CCPCJ,
    /** General Assembly: numbers like {@code 66/181}, symbols {@code A/RES/66/181}. */
    GA
}
