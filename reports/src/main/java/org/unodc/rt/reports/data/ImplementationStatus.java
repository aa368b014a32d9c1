package org.unodc.rt.reports.data;

/**
 * How far a State says it has implemented one operative paragraph. {@link #NO_REPLY} is not an
 * answer but its absence: it lets a matrix cell say that the State has not answered that question.
 */
public enum ImplementationStatus {
    IMPLEMENTED("Implemented", "I"),
    PARTIALLY_IMPLEMENTED("Partially implemented", "PI"),
    IN_PROGRESS("In progress", "IP"),
    NOT_STARTED("Not started", "NS"),
    NOT_APPLICABLE("Not applicable", "NA"),
    NO_REPLY("No reply", "–");

    private final String label;
    private final String code;

    ImplementationStatus(String label, String code) {
        this.label = label;
        this.code = code;
    }

    public String label() {
        return label;
    }

    /** The short code printed in the matrix cells, explained by a legend under each matrix. */
    public String code() {
        return code;
    }

    /** The status a matrix code stands for: "PI" gives partially implemented. */
    public static ImplementationStatus ofCode(String code) {
        for (ImplementationStatus status : values()) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("no implementation status has the code " + code);
    }

    public boolean isReply() {
        return this != NO_REPLY;
    }
}
