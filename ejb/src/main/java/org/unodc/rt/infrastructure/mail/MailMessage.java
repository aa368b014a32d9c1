package org.unodc.rt.infrastructure.mail;

import java.util.Objects;

/**
 * One e-mail as composed for its reader: the subject, a plain-text part and an HTML part that says its language and
 * direction ({@code <html lang="ar" dir="rtl">}), so a mail client lays Arabic out right to left whatever it guesses.
 *
 * @param language the BCP 47 tag of the text ("ar"), sent as the message's Content-Language
 */
public record MailMessage(String language, String subject, String text, String html) {

    public MailMessage {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }
}
