package org.unodc.rt.infrastructure.mail;

import java.util.Objects;

/** A composed e-mail and its one recipient. */
public record Letter(String to, MailMessage message) {

    public Letter {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(message, "message");
    }
}
