package org.unodc.rt.domain;

import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.unodc.rt.domain.state.UnLanguage;
import org.unodc.rt.reports.data.Languages;
import org.unodc.rt.search.ErrorText;

/**
 * Why a request was refused and what to do, kept as a key of an error bundle and its arguments rather than as
 * finished words, so that each channel tells it in its reader's language: the pages in the interface language, the
 * API and the logs in English. An argument may itself be an explanation (a status, a kind of thing), told in the same
 * language. Every text goes through {@link MessageFormat}, with or without arguments: an apostrophe is written
 * {@code ''} (or typographically, ’).
 *
 * @param bundle base name of the bundle that holds {@code key} ({@link #ERRORS} for the domain and services)
 * @param key the message key
 * @param arguments {@link MessageFormat} arguments: numbers, dates, words the user typed, or explanations
 */
@JsonbTypeAdapter(Explanation.InEnglish.class)
public record Explanation(String bundle, String key, List<Serializable> arguments) implements Serializable {

    /** The errors of the domain and the application services: {@code org/unodc/rt/domain/errors*.properties}. */
    public static final String ERRORS = "org.unodc.rt.domain.errors";

    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Explanation {
        arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
    }

    /** An explanation from the errors of the domain and the services. */
    public static Explanation of(String key, Serializable... arguments) {
        return new Explanation(ERRORS, key, Arrays.asList(arguments));
    }

    /**
     * Several items told one after the other, separated as the reader's language separates the items of a list
     * ({@code list.separated}: "; " in English): the problems of a return, for instance.
     */
    public static Explanation list(List<? extends Serializable> items) {
        Serializable joined = items.isEmpty() ? "" : items.get(items.size() - 1);
        for (int i = items.size() - 2; i >= 0; i--) {
            joined = of("list.separated", items.get(i), joined);
        }
        return joined instanceof Explanation explanation ? explanation : of("list.item", joined);
    }

    /** The explanation in {@code locale}, or in English where the bundle has no such language. */
    public String text(Locale locale) {
        if (ErrorText.BUNDLE.equals(bundle)) {
            // The library's refusals (a query, an upload) tell their own nested phrases (a kind of file, a size).
            return ErrorText.text(locale, key, arguments);
        }
        ResourceBundle messages =
                ResourceBundle.getBundle(bundle, locale, Explanation.class.getClassLoader(), NO_DEFAULT_LOCALE);
        String pattern;
        try {
            pattern = messages.getString(key);
        } catch (MissingResourceException e) {
            return key + arguments;
        }
        boolean rightToLeft = UnLanguage.fromCode(locale.getLanguage())
                .map(UnLanguage::rightToLeft)
                .orElse(false);
        Object[] told = arguments.stream()
                .map(a -> a instanceof Explanation nested ? nested.text(locale) : rightToLeft ? isolated(a) : a)
                .toArray();
        return new MessageFormat(pattern, Languages.forFormatting(locale)).format(told);
    }

    /**
     * A value told in a right-to-left sentence ("E/RES/2011/32", a file name, a title) is isolated from it (U+2068 …
     * U+2069), so "السؤال 3 (E/RES/2011/32، الفقرة 5)" keeps its symbol whole and its parentheses where they belong.
     * Numbers are left to the sentence: MessageFormat writes them in the language's digits.
     */
    private static Object isolated(Object argument) {
        return argument instanceof String text && !text.isEmpty() ? "\u2068" + text + "\u2069" : argument;
    }

    /** The explanation in English, as the API and the server log give it. */
    public String english() {
        return text(Locale.ENGLISH);
    }

    /** In JSON (the REST API) an explanation is its English text, like every other message of the API. */
    public static final class InEnglish implements JsonbAdapter<Explanation, String> {

        @Override
        public String adaptToJson(Explanation explanation) {
            return explanation.english();
        }

        @Override
        public Explanation adaptFromJson(String text) {
            return Explanation.of("input.rejected", text);
        }
    }
}
