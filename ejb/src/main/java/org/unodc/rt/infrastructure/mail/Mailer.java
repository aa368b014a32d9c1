package org.unodc.rt.infrastructure.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
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
            message.setContent(new MimeMultipart("alternative", text, html));
            Transport.send(message);
            return true;
        } catch (MessagingException e) {
            LOG.log(
                    Level.WARNING,
                    "Could not send \"" + mail.subject() + "\" to " + letter.to() + ": " + e.getMessage());
            return false;
        }
    }
}
