package org.unodc.rt.reports.layout;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.unodc.rt.reports.data.ImplementationStatus;
import org.unodc.rt.reports.data.Languages;
import org.unodc.rt.reports.data.ReturnStatus;
import org.unodc.rt.reports.data.Session;

/**
 * The words of a State's return in its reader's language: labels, status names, dates, the session line and the
 * numbering of chapters, from the bundle {@code org/unodc/rt/reports/text/state-return} (one file per UN language,
 * English for any other). In a right-to-left language every text the platform writes starts with a right-to-left
 * mark, and every value it quotes (a title, a symbol, a name) is fenced with marks of its own direction, so a line that mixes
 * Arabic with an English title or "E/RES/2013/38" keeps its order in the PDF and in Word.
 */
public final class Wording {

    private static final String BUNDLE = "org.unodc.rt.reports.text.state-return";
    static final char RLM = '\u200F';
    static final char LRM = '\u200E';
    private static final String[] ARABIC_ORDINALS = {
        "أولاً", "ثانياً", "ثالثاً", "رابعاً", "خامساً", "سادساً", "سابعاً", "ثامناً", "تاسعاً", "عاشراً"
    };
    private static final String[] CHINESE_NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final Locale locale;
    private final ResourceBundle texts;
    private final boolean rightToLeft;

    public Wording(String language) {
        Locale requested = Locale.forLanguageTag(language == null ? "en" : language);
        this.texts = ResourceBundle.getBundle(
                BUNDLE,
                requested,
                Wording.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String found = texts.getLocale().getLanguage();
        this.locale = Languages.forFormatting(found.isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag(found));
        this.rightToLeft = Languages.isRightToLeft(locale.toLanguageTag());
    }

    /** The language the return is worded in: the reader's, if it is a UN language, else English. */
    public String language() {
        return locale.getLanguage();
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    /** Whether its script needs the font set rather than the Latin/Cyrillic family alone. */
    public boolean needsAnyScript() {
        return !(locale.getLanguage().equals("en")
                || locale.getLanguage().equals("fr")
                || locale.getLanguage().equals("es")
                || locale.getLanguage().equals("ru"));
    }

    /** A text of the bundle, its arguments embedded as quoted values. */
    public String text(String key, Object... arguments) {
        Object[] values = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            values[i] = arguments[i] instanceof String s ? quoted(s) : arguments[i];
        }
        return own(new MessageFormat(texts.getString(key), locale).format(values));
    }

    /** A text the platform writes, marked with the document's direction. */
    String own(String text) {
        return rightToLeft ? RLM + text : text;
    }

    /**
     * A value inserted into a sentence of the document (a title, a symbol, a name): in a right-to-left document it is
     * fenced with marks of its own direction inside marks of the document's, so the parenthesis that closes
     * "(2026)" stays with the title and the dash or the comma after it stays with the Arabic sentence. (Marks rather
     * than embeddings or isolates: the PDF library orders text by an older Unicode algorithm that ignores those.)
     */
    String quoted(String value) {
        if (!rightToLeft || value.isEmpty()) {
            return value;
        }
        char own = Languages.looksRightToLeft(value) ? RLM : LRM;
        return "" + RLM + own + value + own + RLM;
    }

    /**
     * A State's text in its own language, read in that language's direction whatever the document's: a mark is put
     * before it where its first letter would say otherwise (an Arabic answer that opens with "UNODC").
     */
    static String inItsDirection(String text, boolean rightToLeft) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            byte direction = Character.getDirectionality(c);
            if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return rightToLeft ? RLM + text : text;
            }
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return rightToLeft ? text : LRM + text;
            }
            i += Character.charCount(c);
        }
        return text;
    }

    /** "Egypt — Reporting cycle …" at the head and foot of each page. */
    public String runningHead(String state, String cycle) {
        return own(quoted(state) + " \u2014 " + quoted(cycle));
    }

    public String status(ImplementationStatus status) {
        return text("status." + status.name());
    }

    public String status(ReturnStatus status) {
        return text("returnStatus." + status.name());
    }

    /** "[Original: Arabic]" in the reader's language, for an answer written in another. */
    public String original(String language) {
        return text("original", Locale.forLanguageTag(language).getDisplayLanguage(locale));
    }

    public String timestamp(LocalDateTime when) {
        return own(formatter("format.timestamp").format(when));
    }

    public String date(LocalDate date) {
        return formatter("format.date").format(date);
    }

    /** "Commission on Crime Prevention and Criminal Justice, thirty-fifth session (Vienna, 18–22 May 2026)". */
    public String session(Session session) {
        NumberFormat number = NumberFormat.getIntegerInstance(locale);
        number.setGroupingUsed(false);
        String place = name(session.place());
        String dates =
                session.opens() == null ? String.valueOf(session.year()) : range(session.opens(), session.closes());
        String ordinal = new MessageFormat(texts.getString("session.ordinal"), locale).format(new Object[] {
            number.format(session.ordinal()), session.title().toLowerCase(Locale.ENGLISH)
        });
        return text("session", name(session.body()), ordinal, place, dates);
    }

    /** "18–22 May 2026" where the language writes the day first and both days are in one month, else both dates. */
    private String range(LocalDate from, LocalDate to) {
        if (from.equals(to)) {
            return date(from);
        }
        boolean dayFirst = texts.getString("format.date").startsWith("d ");
        if (dayFirst && from.getYear() == to.getYear() && from.getMonth() == to.getMonth()) {
            return formatter("format.day").format(from) + "\u2013" + date(to);
        }
        return date(from) + "\u2013" + date(to);
    }

    /** Chapter numbers as the language's UN documents write them: "I." / "أولاً -" / "一." */
    public String chapter(int n) {
        return switch (locale.getLanguage()) {
            case "ar" -> own((n <= ARABIC_ORDINALS.length ? ARABIC_ORDINALS[n - 1] : String.valueOf(n)) + " -");
            case "zh" -> (n <= CHINESE_NUMERALS.length ? CHINESE_NUMERALS[n - 1] : String.valueOf(n)) + ".";
            default -> Numbering.roman(n) + ".";
        };
    }

    /** A proper name the bundle translates (a body, a city), or the name as given. */
    private String name(String english) {
        String key = "name." + english.replaceAll("[^A-Za-z]", "");
        try {
            return texts.getString(key);
        } catch (MissingResourceException e) {
            return english;
        }
    }

    private DateTimeFormatter formatter(String key) {
        String pattern = key.equals("format.day") ? "d" : texts.getString(key);
        return DateTimeFormatter.ofPattern(pattern, locale).withDecimalStyle(DecimalStyle.of(locale));
    }
}
