package org.unodc.rt.application.account;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import org.unodc.rt.domain.account.TokenPurpose;
import org.unodc.rt.infrastructure.mail.Letter;
import org.unodc.rt.infrastructure.mail.MailMessage;
import org.unodc.rt.infrastructure.mail.MailTemplates;
import org.unodc.rt.infrastructure.mail.Mailer;

/**
 * The e-mails that carry invitation and password-reset links, in the language of the account. They go out after the
 * transaction commits (nobody gets a link that was rolled back) and on another thread, so a reset request for an
 * existing account answers as fast as one for an unknown name and does not tell which names exist.
 */
@ApplicationScoped
public class AccountMail {

    private static final Logger LOG = Logger.getLogger(AccountMail.class.getName());
    private static final MailTemplates TEXTS = new MailTemplates("org.unodc.rt.application.account.mail");

    @Inject
    Mailer mailer;

    @Resource
    ManagedExecutorService executor;

    public void linkIssued(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountLinkMail mail) {
        executor.execute(() -> send(mail));
    }

    void send(AccountLinkMail mail) {
        boolean sent = mailer.send(new Letter(mail.email(), compose(mail)));
        LOG.info(() -> mail.purpose() + " link for " + mail.username() + (sent ? " sent" : " NOT sent"));
    }

    /** In the account's language (English when the language has no text); the expiry in UTC, said so. */
    static MailMessage compose(AccountLinkMail mail) {
        return TEXTS.compose(
                mail.purpose() == TokenPurpose.INVITATION ? "invitation" : "reset",
                mail.language(),
                ZoneOffset.UTC,
                mail.displayName(),
                mail.username(),
                new MailTemplates.Link(mail.link()),
                mail.expiresAt());
    }
}
