package org.unodc.rt.reports;

/**
 * A report could not be produced: a template failed to compile or fill, or the export failed.
 * These are faults of the platform, not of the user's input, hence unchecked.
 */
public class ReportRenderingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportRenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
