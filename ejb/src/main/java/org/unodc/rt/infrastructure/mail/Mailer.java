package org.unodc.rt.infrastructure.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends one plain-text message. A notification that cannot be sent (the SMTP server is down) is logged and does not
 * undo the work that caused it: the cycle is open whether or not the mail server answered.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Resource(lookup = "java:jboss/mail/rt")
    Session session;

    public boolean send(String to, String subject, String body) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(body, StandardCharsets.UTF_8.name());
            Transport.send(message);
            return true;
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Could not send \"" + subject + "\" to " + to + ": " + e.getMessage());
            return false;
        }
    }
}
