package org.unodc.rt.search;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A search the user typed (or a filter or page the client sent) that cannot be run. The explanation
 * says what is wrong and what to do, in words a person searching the library can act on, in the
 * reader's language ({@link #explanation(Locale)}; {@link #getMessage()} is English); the REST layer
 * returns it with status 400 instead of an error page.
 */
public class InvalidQueryException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String query;
    private final String key;
    private final List<Serializable> arguments;

    /**
     * @param key a key of {@link ErrorText#BUNDLE}
     * @param query the text as the user typed it
     */
    public InvalidQueryException(String key, String query, Serializable... arguments) {
        super(ErrorText.text(Locale.ENGLISH, key, Arrays.asList(arguments)));
        this.query = query;
        this.key = key;
        this.arguments = List.of(arguments);
    }

    /** The text as the user typed it. */
    public String query() {
        return query;
    }

    /** The key of the explanation in {@link ErrorText#BUNDLE}. */
    public String key() {
        return key;
    }

    public List<Serializable> arguments() {
        return arguments;
    }

    public String explanation(Locale locale) {
        return ErrorText.text(locale, key, arguments);
    }
}
