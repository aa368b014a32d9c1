package org.unodc.rt.infrastructure.mail;

import java.util.List;
import java.util.Objects;

/** A composed e-mail and its one recipient, with the files it carries (a return's PDF with its receipt). */
public record Letter(String to, MailMessage message, List<Attachment> attachments) {

    /** A file sent with the e-mail. */
    public record Attachment(String fileName, String mediaType, byte[] content) {

        public Attachment {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(content, "content");
        }
    }

    public Letter {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(message, "message");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public Letter(String to, MailMessage message) {
        this(to, message, List.of());
    }
}
