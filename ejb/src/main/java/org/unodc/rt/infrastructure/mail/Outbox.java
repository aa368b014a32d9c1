package org.unodc.rt.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * Sends the letters a transaction composed once it has committed: nobody is told of a submission, an acceptance or
 * an opening that was rolled back. The letters carry everything they need, so sending reads no database.
 */
@ApplicationScoped
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    @Inject
    Mailer mailer;

    /** What a transaction asks to send, and why (for the log). */
    public record Letters(String reason, List<Letter> letters) {

        public Letters {
            letters = List.copyOf(letters);
        }
    }

    public void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Letters batch) {
        int sent = 0;
        for (Letter letter : batch.letters()) {
            if (mailer.send(letter)) {
                sent++;
            }
        }
        int total = sent;
        LOG.info(() -> batch.reason() + ": " + total + " of " + batch.letters().size() + " e-mails sent");
    }
}
