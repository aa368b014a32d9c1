package org.unodc.rt.web.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Shows instants, stored in UTC, in the user's time zone and language; dates as they are. */
@Named
@RequestScoped
public class Times {

    @Inject
    UserSession session;

    public String instant(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(session.getLocale())
                        .withZone(session.getZone())
                        .format(instant)
                + " (" + session.getZone().getId() + ")";
    }

    public String date(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(session.getLocale())
                        .format(date);
    }
}
