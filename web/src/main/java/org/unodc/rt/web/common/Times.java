package org.unodc.rt.web.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.unodc.rt.application.AccountService;

/** Shows instants, stored in UTC, in the user's time zone and language; dates as they are. */
@Named
@RequestScoped
public class Times {

    @Inject
    UserSession session;

    @Inject
    AccountService accounts;

    private ZoneId zone;

    /** The signed-in user's own time zone (from the account), else the session's. */
    ZoneId zone() {
        if (zone == null) {
            zone = session.isSignedIn()
                    ? accounts.findByUsername(session.getUsername())
                            .map(a -> ZoneId.of(a.timeZone()))
                            .orElse(session.getZone())
                    : session.getZone();
        }
        return zone;
    }

    public String instant(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(session.getLocale())
                        .withZone(zone())
                        .format(instant)
                + " (" + zone().getId() + ")";
    }

    public String date(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(session.getLocale())
                        .format(date);
    }
}
