package org.unodc.rt.web.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.unodc.rt.application.AccountService;
import org.unodc.rt.application.LocalizedFormat;

/**
 * The one place pages format dates, times and numbers: {@code #{fmt.date(x)}}, {@code #{fmt.dateTime(x)}},
 * {@code #{fmt.number(x)}}, in the language of the page being rendered and, for instants (stored in UTC), the
 * signed-in user's time zone.
 */
@Named
@RequestScoped
public class Fmt {

    @Inject
    UserSession session;

    @Inject
    AccountService accounts;

    private LocalizedFormat format;

    /** The signed-in user's own time zone (from the account), else the session's. */
    private ZoneId zone() {
        return session.isSignedIn()
                ? accounts.findByUsername(session.getUsername())
                        .map(a -> ZoneId.of(a.timeZone()))
                        .orElse(session.getZone())
                : session.getZone();
    }

    /** The view's locale is what the page is rendered in; it follows the user's language choice. */
    private LocalizedFormat format() {
        if (format == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            Locale locale = faces != null && faces.getViewRoot() != null
                    ? faces.getViewRoot().getLocale()
                    : session.getLocale();
            format = new LocalizedFormat(locale, zone());
        }
        return format;
    }

    public String date(Object value) {
        return format().date(value);
    }

    public String dateTime(Object value) {
        return format().dateTime(value);
    }

    public String number(Number value) {
        return format().number(value);
    }

    public String percent(Number value) {
        return format().percent(value);
    }

    public String dateRange(LocalDate first, LocalDate last) {
        return format().dateRange(first, last);
    }
}
