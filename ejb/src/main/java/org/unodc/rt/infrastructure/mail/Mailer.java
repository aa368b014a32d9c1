package org.unodc.rt.infrastructure.mail;

import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends one message, as plain text and HTML (multipart/alternative) in the reader's language. A notification that
 * cannot be sent (the SMTP server is down) is logged and does not undo the work that caused it: the cycle is open
 * whether or not the mail server answered.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    @Resource(lookup = "java:jboss/mail/rt")
    Session session;

    public boolean send(Letter letter) {
        MailMessage mail = letter.message();
        try {
            MimeMessage message = new MimeMessage(session);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(letter.to()));
            message.setSubject(mail.subject(), UTF_8);
            message.setContentLanguage(new String[] {mail.language()});
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), UTF_8, "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), UTF_8, "html");
            // The last alternative is the one a client prefers when it can show it.
            MimeMultipart alternatives = new MimeMultipart("alternative", text, html);
            if (letter.attachments().isEmpty()) {
                message.setContent(alternatives);
            } else {
                MimeBodyPart body = new MimeBodyPart();
                body.setContent(alternatives);
                MimeMultipart mixed = new MimeMultipart("mixed", body);
                for (Letter.Attachment attachment : letter.attachments()) {
                    MimeBodyPart file = new MimeBodyPart();
                    file.setDataHandler(
                            new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.mediaType())));
                    file.setFileName(MimeUtility.encodeText(attachment.fileName(), UTF_8, null));
                    file.setDisposition(Part.ATTACHMENT);
                    mixed.addBodyPart(file);
                }
                message.setContent(mixed);
            }
            Transport.send(message);
            return true;
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            LOG.log(
                    Level.WARNING,
                    "Could not send \"" + mail.subject() + "\" to " + letter.to() + ": " + e.getMessage());
            return false;
        }
    }
}
