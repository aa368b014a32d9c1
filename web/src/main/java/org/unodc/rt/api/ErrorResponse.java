package org.unodc.rt.api;

/** The body of every error the API returns: the HTTP status and a sentence that says what to do. */
public record ErrorResponse(int status, String error, String message) {}
