package org.unodc.rt.infrastructure.mail;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.unodc.rt.application.LocalizedFormat;
import org.unodc.rt.domain.state.UnLanguage;
import org.unodc.rt.reports.data.Languages;

/**
 * Composes e-mails from a bundle of texts per UN language ({@code <key>.subject}, {@code <key>.body}, MessageFormat
 * with single quotes doubled), in the recipient's language or English when it has none. Dates, times and numbers are
 * written as the pages write them for that language,
 * dates in full as in a letter. Every inserted value (a name, a title, a date) is isolated from
 * the sentence around it: {@code <bdi>} in the HTML part, U+2068…U+2069 in the plain-text part, so an English cycle
 * title does not reorder an Arabic sentence. Arabic mail says so in its HTML ({@code dir="rtl"}), and each line of its
 * plain text starts with a right-to-left mark, so a client that guesses direction per line guesses right.
 */
public final class MailTemplates {

    private static final String RLM = "\u200F";
    private static final String FSI = "\u2068";
    private static final String PDI = "\u2069";
    private static final Pattern PARAGRAPHS = Pattern.compile("\\n{2,}");

    /** A web address: on its own line in the text part, a link (always left to right) in the HTML part. */
    public record Link(String url) {

        public Link {
            Objects.requireNonNull(url, "url");
        }
    }

    private final String bundle;

    /** @param bundle the base name of the bundle, e.g. "org.unodc.rt.application.returns.mail" */
    public MailTemplates(String bundle) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
    }

    /**
     * @param language the recipient's language code; anything but the six UN languages is written to in English
     * @param zone where the recipient reads instants (deadlines are dates and need none)
     * @param arguments {0}, {1}…: strings, {@link LocalDate}s, {@link Instant}s, numbers and {@link Link}s
     * @throws MissingResourceException if the bundle lacks the subject or body of {@code key}
     */
    public MailMessage compose(String key, String language, ZoneId zone, Object... arguments) {
        UnLanguage un = UnLanguage.orEnglish(language);
        Locale locale = Locale.forLanguageTag(un.code());
        ResourceBundle texts = ResourceBundle.getBundle(
                bundle,
                locale,
                MailTemplates.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        LocalizedFormat format = new LocalizedFormat(locale, zone == null ? ZoneId.of("UTC") : zone);
        Object[] plain = new Object[arguments.length];
        Object[] marked = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            if (argument instanceof Link link) {
                plain[i] = link.url();
                marked[i] = "<a dir=\"ltr\" href=\"" + escape(link.url()) + "\">" + escape(link.url()) + "</a>";
            } else {
                String value = written(argument, format);
                plain[i] = un.rightToLeft() ? FSI + value + PDI : value;
                marked[i] = "<bdi>" + escape(value) + "</bdi>";
            }
        }
        String subject =
                new MessageFormat(texts.getString(key + ".subject"), Languages.forFormatting(locale)).format(plain);
        String body = texts.getString(key + ".body");
        String text = new MessageFormat(body, Languages.forFormatting(locale)).format(plain);
        if (un.rightToLeft()) {
            text = text.lines()
                    .map(line -> line.isEmpty() ? line : RLM + line)
                    .collect(Collectors.joining("\n", "", "\n"));
        }
        String html =
                html(un, subject, new MessageFormat(escape(body), Languages.forFormatting(locale)).format(marked));
        return new MailMessage(un.code(), subject, text, html);
    }

    private static String written(Object argument, LocalizedFormat format) {
        if (argument == null) {
            return "";
        }
        if (argument instanceof LocalDate date) {
            return format.longDate(date);
        }
        if (argument instanceof Instant instant) {
            return format.dateTime(instant);
        }
        if (argument instanceof Number number) {
            return format.number(number);
        }
        return argument.toString();
    }

    private static String html(UnLanguage language, String subject, String body) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"")
                .append(language.code())
                .append("\" dir=\"")
                .append(language.rightToLeft() ? "rtl" : "ltr")
                .append("\">\n<head><meta charset=\"UTF-8\"><title>")
                .append(escape(subject))
                .append("</title></head>\n<body>\n");
        for (String paragraph : PARAGRAPHS.split(body.strip())) {
            html.append("<p>").append(paragraph.strip().replace("\n", "<br>\n")).append("</p>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    /** Escapes text for HTML; quotes too, so a value can sit in an attribute. */
    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
