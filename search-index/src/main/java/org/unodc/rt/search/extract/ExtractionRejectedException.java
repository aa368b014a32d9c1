package org.unodc.rt.search.extract;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.unodc.rt.search.ErrorText;

/**
 * An upload whose text is not extracted, with an explanation for the person who uploaded it saying
 * why and what to do, in their language ({@link #explanation(Locale)}; the message is English).
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
        CORRUPT,
        /** Carries scripts a reader would run: JavaScript in a PDF. */
        SCRIPT
    }

    private final Reason reason;
    private final String key;
    private final List<Serializable> arguments;

    /**
     * @param key a key of {@link ErrorText#BUNDLE}; the English text is the exception's message
     */
    public ExtractionRejectedException(Reason reason, String key, Serializable... arguments) {
        this(reason, null, key, arguments);
    }

    public ExtractionRejectedException(Reason reason, Throwable cause, String key, Serializable... arguments) {
        super(ErrorText.text(Locale.ENGLISH, key, Arrays.asList(arguments)), cause);
        this.reason = reason;
        this.key = key;
        this.arguments = List.of(arguments);
    }

    public Reason reason() {
        return reason;
    }

    /** The key of the explanation in {@link ErrorText#BUNDLE}. */
    public String key() {
        return key;
    }

    public List<Serializable> arguments() {
        return arguments;
    }

    /** Why the file was refused and what to do, in {@code locale}. */
    public String explanation(Locale locale) {
        return ErrorText.text(locale, key, arguments);
    }
}
