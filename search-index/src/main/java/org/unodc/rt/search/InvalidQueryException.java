package org.unodc.rt.search;

/**
 * A search the user typed (or a filter or page the client sent) that cannot be run. The message
 * says what is wrong and what to do, in words a person searching the library can act on; the REST
 * layer returns it with status 400 instead of an error page.
 */
public class InvalidQueryException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String query;

    public InvalidQueryException(String message, String query) {
        super(message);
        this.query = query;
    }

    /** The text as the user typed it. */
    public String query() {
        return query;
    }
}
