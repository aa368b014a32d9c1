package org.unodc.rt.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.unodc.rt.domain.account.Accounts;
import org.unodc.rt.domain.account.UserAccount;

/**
 * The signed-in person's own account: found by user name or e-mail address, and the preferences they keep. Signing in
 * is {@link org.unodc.rt.application.account.SignInService}'s, password links {@link
 * org.unodc.rt.application.account.PasswordLinks}', the secretariat's work on accounts {@link
 * org.unodc.rt.application.account.AccountAdministration}'s.
 */
@Stateless
@PermitAll
public class AccountService {

    @Inject
    Accounts accounts;

    @Inject
    CurrentCaller caller;

    public Optional<UserAccount> findByUsername(String username) {
        return accounts.findByUsername(username);
    }

    /** An account by user name or e-mail address (both are unique and stored in lower case). */
    public Optional<UserAccount> findByLogin(String login) {
        return accounts.findByLogin(login == null ? "" : login.strip().toLowerCase(Locale.ROOT));
    }

    /** Remembers the interface language the signed-in caller chose, for their next session. */
    public void rememberMyLanguage(String language) {
        if (!caller.isAnonymous()) {
            accounts.findByUsername(caller.name()).ifPresent(a -> a.preferences(language, a.timeZone()));
        }
    }
}
