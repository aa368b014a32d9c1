package org.unodc.rt.search;

import java.util.Arrays;
import java.util.Optional;

/** What kind of document a library entry is; {@link #code()} is the facet and API value. */
public enum DocumentType {
    LEGISLATION("legislation"),
    CASE_LAW("case-law"),
    NATIONAL_STRATEGY("national-strategy"),
    /** A best practice or case study. */
    BEST_PRACTICE("best-practice"),
    /** A study or report. */
    STUDY("study");

    private final String code;

    DocumentType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<DocumentType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
