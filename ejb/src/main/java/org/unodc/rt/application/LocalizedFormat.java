package org.unodc.rt.application;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Objects;
import org.unodc.rt.reports.data.Languages;

/**
 * Dates, times and numbers as a reader of one interface language expects them: the JDK's CLDR patterns in medium
 * length (15 mai 2028, 2028年5月15日), Western digits in every language, as the UN's Arabic documents write them and its grouping of thousands.
 * Instants are shown in the reader's time zone, which is named after the time so nobody misreads a deadline.
 */
public final class LocalizedFormat {

    private final Locale locale;
    private final ZoneId zone;

    public LocalizedFormat(Locale locale, ZoneId zone) {
        this.locale = Languages.forFormatting(Objects.requireNonNull(locale, "locale"));
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** A calendar date; an instant or date-time given here is first placed in the reader's time zone. */
    public String date(Object value) {
        if (value == null) {
            return "";
        }
        LocalDate date;
        if (value instanceof LocalDate d) {
            date = d;
        } else if (value instanceof LocalDateTime t) {
            date = t.toLocalDate();
        } else {
            date = inZone(value).toLocalDate();
        }
        return localized(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)).format(date);
    }

    /** A calendar date written out as in a letter (31 March 2026, 31 مارس 2026 in the language's digits). */
    public String longDate(LocalDate date) {
        return date == null
                ? ""
                : localized(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)).format(date);
    }

    /** A moment, in the reader's time zone, with the zone's name; a local date-time is shown as it is. */
    public String dateTime(Object value) {
        if (value == null) {
            return "";
        }
        DateTimeFormatter formatter =
                localized(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT));
        TemporalAccessor moment;
        if (value instanceof LocalDateTime t) {
            moment = t;
        } else if (value instanceof LocalDate d) {
            moment = d.atStartOfDay();
        } else {
            moment = inZone(value);
        }
        String text = formatter.format(moment);
        return moment instanceof ZonedDateTime ? text + " (" + zone.getId() + ")" : text;
    }

    /** A count or an amount, grouped by thousands as the language does; fractions keep up to three digits. */
    public String number(Number value) {
        if (value == null) {
            return "";
        }
        return NumberFormat.getNumberInstance(locale).format(value);
    }

    /** A share given in percent (42.5 for 42.5 %), with the language's percent sign and at most one decimal. */
    public String percent(Number value) {
        if (value == null) {
            return "";
        }
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(1);
        return percent.format(value.doubleValue() / 100);
    }

    /** The first and the last day of something (a session), or one day when both are the same. */
    public String dateRange(LocalDate first, LocalDate last) {
        if (first == null && last == null) {
            return "";
        }
        if (first == null || last == null || first.equals(last)) {
            return date(first == null ? last : first);
        }
        return date(first) + " – " + date(last);
    }

    /**
     * Items joined as the language joins a list: "، " in Arabic (each item isolated, so an English keyword does not
     * reorder the Arabic around it), "、" in Chinese, ", " otherwise.
     */
    public static String list(Locale locale, java.util.Collection<String> items) {
        return switch (locale.getLanguage()) {
            case "ar" -> items.stream()
                    .map(i -> "\u2068" + i + "\u2069")
                    .collect(java.util.stream.Collectors.joining("، "));
            case "zh" -> String.join("、", items);
            default -> String.join(", ", items);
        };
    }

    private ZonedDateTime inZone(Object value) {
        if (value instanceof Instant i) {
            return i.atZone(zone);
        }
        if (value instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(zone);
        }
        if (value instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(zone);
        }
        if (value instanceof java.util.Date d) {
            return d.toInstant().atZone(zone);
        }
        throw new IllegalArgumentException(
                "Not a date or time: " + value.getClass().getName());
    }

    private DateTimeFormatter localized(DateTimeFormatter formatter) {
        return formatter.withLocale(locale).withDecimalStyle(DecimalStyle.of(locale));
    }
}
