package org.unodc.rt.search;

/** How search hits are ordered. */
public enum SortOrder {
    /** Best match first. */
    RELEVANCE,
    /** Newest first (by date, or 1 January of the year when only the year is known); undated last. */
    DATE
}
