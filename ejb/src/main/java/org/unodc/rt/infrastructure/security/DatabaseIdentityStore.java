package org.unodc.rt.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import org.unodc.rt.application.AccountService;
import org.unodc.rt.domain.account.UserAccount;

/**
 * Checks user names and passwords against the accounts table. Lockout and the audit of each attempt live in
 * {@link AccountService}, so every way of signing in follows the same rules.
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        AccountService.Authentication result =
                accounts.authenticate(login.getCaller(), login.getPassword().getValue());
        if (!result.succeeded()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        UserAccount account = result.account().orElseThrow();
        return new CredentialValidationResult(
                account.username(), Set.of(account.role().name()));
    }
}
