package org.unodc.rt.reports.data;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A session of a functional commission, e.g. the thirty-fifth session of the Commission on Crime
 * Prevention and Criminal Justice, Vienna, 18–22 May 2026.
 */
public record Session(
        String body, String parentBody, int ordinal, int year, LocalDate opens, LocalDate closes, String place) {

    public Session {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(parentBody, "parentBody");
        // The dates of a future session may not be fixed yet: then only the year is printed.
        if ((opens == null) != (closes == null)) {
            throw new IllegalArgumentException("give both dates of the session, or neither");
        }
        Objects.requireNonNull(place, "place");
        if (ordinal < 1) {
            throw new IllegalArgumentException("session ordinal must be positive: " + ordinal);
        }
    }

    /** "Thirty-fifth session", as UN documents spell it (in figures past 999: "1000th session"). */
    public String title() {
        String words = ordinal <= 999 ? OrdinalNumbers.toWords(ordinal) : OrdinalNumbers.toNumeric(ordinal);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " session";
    }

    /** "Vienna, 18–22 May 2026". */
    public String placeAndDates() {
        return opens == null ? place + ", " + year : place + ", " + DocumentDates.range(opens, closes);
    }
}
