package org.unodc.rt.domain.account;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A focal point to write to: the State it reports for, its address and name, and how it reads (see
 * {@link FocalPoints}).
 *
 * @param language the account's interface language ("ar"): e-mails are written in it
 * @param timeZone the account's time zone: times in e-mails are given in it
 * @param username the account's user name, where known
 */
public record FocalPoint(
        String stateIso3, String email, String displayName, String language, String timeZone, String username) {

    public FocalPoint(String stateIso3, String email, String displayName, String language, String timeZone) {
        this(stateIso3, email, displayName, language, timeZone, null);
    }

    /** The account's zone, or UTC if the stored name is not a zone this JDK knows. */
    public ZoneId zone() {
        try {
            return timeZone == null ? ZoneOffset.UTC : ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
