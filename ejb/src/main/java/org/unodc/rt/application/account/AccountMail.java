package org.unodc.rt.application.account;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.unodc.rt.domain.account.TokenPurpose;
import org.unodc.rt.domain.state.UnLanguage;
import org.unodc.rt.infrastructure.mail.Mailer;

/**
 * The e-mails that carry invitation and password-reset links, in the language of the account. They go out after the
 * transaction commits (nobody gets a link that was rolled back) and on another thread, so a reset request for an
 * existing account answers as fast as one for an unknown name and does not tell which names exist.
 */
@ApplicationScoped
public class AccountMail {

    private static final Logger LOG = Logger.getLogger(AccountMail.class.getName());
    private static final String BUNDLE = "org.unodc.rt.application.account.mail";
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    @Inject
    Mailer mailer;

    @Resource
    ManagedExecutorService executor;

    public void linkIssued(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountLinkMail mail) {
        executor.execute(() -> send(mail));
    }

    void send(AccountLinkMail mail) {
        String[] text = compose(mail);
        boolean sent = mailer.send(mail.email(), text[0], text[1]);
        LOG.info(() -> mail.purpose() + " link for " + mail.username() + (sent ? " sent" : " NOT sent"));
    }

    /** Subject and body, in the account's language (English when the language has no text). */
    static String[] compose(AccountLinkMail mail) {
        Locale locale = Locale.forLanguageTag(
                UnLanguage.fromCode(mail.language()).orElse(UnLanguage.EN).code());
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE,
                locale,
                AccountMail.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String prefix = mail.purpose() == TokenPurpose.INVITATION ? "invitation." : "reset.";
        String subject = bundle.getString(prefix + "subject");
        String body = new MessageFormat(bundle.getString(prefix + "body"), locale)
                .format(new Object[] {mail.displayName(), mail.username(), mail.link(), WHEN.format(mail.expiresAt())});
        return new String[] {subject, body};
    }
}
