package org.unodc.rt.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server inside the test JVM (GreenMail), on the port the server's mail session sends to
 * (rt.it.mail.port); what the application mails lands here. One per test, as a field the test closes:
 * {@code @AutoClose private final Mailbox mail = new Mailbox();}.
 */
public final class Mailbox implements AutoCloseable {

    private final GreenMail smtp;

    public Mailbox() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("rt.it.mail.port", 3125), "127.0.0.1", "smtp"));
        smtp.start();
    }

    /** Everything received so far, in the order received. */
    public List<MimeMessage> all() {
        return List.of(smtp.getReceivedMessages());
    }

    /** Whether at least {@code count} messages have arrived, waiting up to 30 s for them. */
    public boolean received(int count) {
        return smtp.waitForIncomingEmail(30_000, count);
    }

    /** The messages whose subject contains the text, in the order received. */
    public List<MimeMessage> about(String subject) {
        return all().stream().filter(m -> subject(m).contains(subject)).toList();
    }

    /** Waits (up to 30 s) until at least {@code count} messages went to the address; returns them in order. */
    public List<MimeMessage> awaitTo(String address, int count) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            List<MimeMessage> mine = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> recipient(m).equals(address))
                    .toList();
            if (mine.size() >= count || System.currentTimeMillis() > deadline) {
                assertThat(mine).as("messages to " + address).hasSizeGreaterThanOrEqualTo(count);
                return mine;
            }
            smtp.waitForIncomingEmail(1_000, smtp.getReceivedMessages().length + 1);
        }
    }

    public static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String recipient(MimeMessage m) {
        try {
            return m.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text part (the application sends plain text and HTML as alternatives). */
    public static String body(MimeMessage m) {
        return part(m, "text/plain");
    }

    /** The HTML part, which says the language and the direction of the text. */
    public static String html(MimeMessage m) {
        return part(m, "text/html");
    }

    private static String part(MimeMessage m, String type) {
        try {
            Object content = m.getContent();
            if (content instanceof Multipart parts) {
                String found = find(parts, type);
                if (found == null) {
                    throw new AssertionError("no " + type + " part in \"" + m.getSubject() + "\"");
                }
                return found;
            }
            return content.toString();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first part of the type, looking into nested multiparts (a message with attachments nests its text). */
    private static String find(Multipart parts, String type) throws IOException, MessagingException {
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType(type)) {
                return part.getContent().toString();
            }
            if (part.getContent() instanceof Multipart nested) {
                String found = find(nested, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Override
    public void close() {
        smtp.stop();
    }
}
