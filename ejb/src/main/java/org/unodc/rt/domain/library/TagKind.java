package org.unodc.rt.domain.library;

/** Which multi-valued field a {@link Tag} belongs to. */
public enum TagKind {
    INSTRUMENT,
    ARTICLE,
    CRIME_TYPE,
    RESOLUTION,
    KEYWORD
}
