package org.unodc.rt.search.extract;

/**
 * An upload whose text is not extracted, with a message for the person who uploaded it saying why
 * and what to do.
 */
public class ExtractionRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the file was refused; lets the caller pick an HTTP status or a log level. */
    public enum Reason {
        /** Not one of PDF, DOCX, DOC, ODT, RTF, HTML, TXT. */
        UNSUPPORTED_TYPE,
        /** The content is another type than the file name says, e.g. a DOCX named .pdf. */
        TYPE_MISMATCH,
        TOO_BIG,
        EMPTY,
        /** Password-protected. */
        ENCRYPTED,
        /** Expands to far more than its size suggests. */
        ZIP_BOMB,
        /** Documents or elements nested deeper than the limit. */
        TOO_DEEPLY_NESTED,
        TIMEOUT,
        /** Too many extractions running; try again later. */
        BUSY,
        /** Damaged or not readable as its type. */
        CORRUPT
    }

    private final Reason reason;

    public ExtractionRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public ExtractionRejectedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
