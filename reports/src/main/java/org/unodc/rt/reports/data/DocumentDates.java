package org.unodc.rt.reports.data;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates the way UN documents write them: "12 February 2026", "18–22 May 2026". */
public final class DocumentDates {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    private DocumentDates() {}

    public static String format(LocalDate date) {
        return date == null ? "" : DAY_MONTH_YEAR.format(date);
    }

    public static String range(LocalDate from, LocalDate to) {
        if (from.equals(to)) {
            return format(from);
        }
        if (from.getYear() != to.getYear()) {
            return format(from) + "–" + format(to);
        }
        if (from.getMonth() != to.getMonth()) {
            return DAY_MONTH.format(from) + "–" + format(to);
        }
        return from.getDayOfMonth() + "–" + format(to);
    }
}
