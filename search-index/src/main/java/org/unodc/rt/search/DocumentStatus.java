package org.unodc.rt.search;

import java.util.Arrays;
import java.util.Optional;

/** Whether a law is still in force; {@link #code()} is the facet and API value. */
public enum DocumentStatus {
    IN_FORCE("in-force"),
    AMENDED("amended"),
    REPEALED("repealed");

    private final String code;

    DocumentStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<DocumentStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
