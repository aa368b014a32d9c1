package org.unodc.rt.search;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of the library's refusals (a query that cannot be run, an upload that is not read), kept in
 * {@code org/unodc/rt/search/errors*.properties} in the six UN languages. Exceptions carry a key and
 * arguments; the application tells them in its reader's language. Every text goes through {@link
 * MessageFormat}: an apostrophe is written {@code ''} (or typographically, ’). An argument may itself be
 * a {@link Phrase} (a kind of file, a size), told in the same language as the text around it.
 */
public final class ErrorText {

    /** Base name of the bundle. */
    public static final String BUNDLE = "org.unodc.rt.search.errors";

    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ErrorText() {}

    /** The text of {@code key} in {@code locale}, or in English where the bundle has no such language. */
    public static String text(Locale locale, String key, List<Serializable> arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, ErrorText.class.getClassLoader(), NO_DEFAULT_LOCALE)
                    .getString(key);
        } catch (MissingResourceException e) {
            return key + arguments;
        }
        Object[] told = arguments.stream()
                .map(a -> a instanceof Phrase phrase ? text(locale, phrase.key(), phrase.arguments()) : a)
                .toArray();
        return new MessageFormat(pattern, locale).format(told);
    }

    /**
     * A part of a sentence kept in the bundle too, e.g. "a Word document (DOCX)": passed as an argument,
     * it is told in the language of the sentence. Its {@link #toString()} is English, for code that
     * formats the arguments itself.
     *
     * @param key a key of {@link #BUNDLE}
     */
    public record Phrase(String key, List<Serializable> arguments) implements Serializable {

        private static final long serialVersionUID = 1L;

        public Phrase {
            arguments = List.copyOf(arguments);
        }

        public static Phrase of(String key, Serializable... arguments) {
            return new Phrase(key, Arrays.asList(arguments));
        }

        /** The phrase in {@code locale}, or in English where the bundle has no such language. */
        public String text(Locale locale) {
            return ErrorText.text(locale, key, arguments);
        }

        @Override
        public String toString() {
            return text(Locale.ENGLISH);
        }
    }
}
