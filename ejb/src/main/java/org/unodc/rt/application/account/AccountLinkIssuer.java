package org.unodc.rt.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import org.unodc.rt.domain.account.AccountToken;
import org.unodc.rt.domain.account.Accounts;
import org.unodc.rt.domain.account.TokenPurpose;
import org.unodc.rt.domain.account.UserAccount;

/**
 * Issues the links e-mailed to an account (invitation, reset): one outstanding link per account, so a new one
 * replaces the earlier ones, and the mail goes out after the transaction commits ({@link AccountMail}).
 */
@ApplicationScoped
public class AccountLinkIssuer {

    @Inject
    Accounts accounts;

    @Inject
    Event<AccountLinkMail> linkMail;

    AccountToken.Issued issue(UserAccount account, TokenPurpose purpose, String issuedBy, Instant now) {
        revokeOutstanding(account, now);
        AccountToken.Issued issued = AccountToken.issue(account, purpose, issuedBy, now);
        accounts.add(issued.token());
        linkMail.fire(new AccountLinkMail(
                purpose,
                account.username(),
                account.email(),
                account.displayName(),
                account.locale(),
                AccountLinks.passwordPage(issued.secret()),
                issued.token().expiresAt()));
        return issued;
    }

    void revokeOutstanding(UserAccount account, Instant now) {
        accounts.outstandingTokens(account).forEach(t -> t.revoke(now));
    }
}
