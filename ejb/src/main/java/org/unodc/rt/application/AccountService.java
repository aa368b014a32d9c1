package org.unodc.rt.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.account.UserAccount;
import org.unodc.rt.infrastructure.security.PasswordHasher;

/** Accounts and signing in. */
@Stateless
public class AccountService {

    /** The outcome of a sign-in attempt; the reason is for the audit trail, never shown to the person signing in. */
    public record Authentication(Optional<UserAccount> account, String reason) {
        public boolean succeeded() {
            return account.isPresent();
        }
    }

    /**
     * A hash of a random password, checked when the user name is unknown so that an unknown name takes as long as a
     * wrong password and sign-in does not reveal which names exist.
     */
    private static final String DECOY_HASH = new PasswordHasher().hash("decoy-password-never-used".toCharArray());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    CurrentCaller caller;

    private final PasswordHasher hasher = new PasswordHasher();

    @PermitAll
    public Authentication authenticate(String username, char[] password) {
        Instant now = Instant.now(clock);
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        Optional<UserAccount> found = findByUsername(name);
        if (found.isEmpty()) {
            hasher.verify(password, DECOY_HASH);
            audit.failed(name, "LOGIN", "UserAccount", name, "unknown user name");
            return new Authentication(Optional.empty(), "unknown user name");
        }
        UserAccount account = found.get();
        if (!account.canAttemptLogin(now)) {
            String reason =
                    account.isLocked(now) ? "account locked until " + account.lockedUntil() : "account disabled";
            audit.failed(name, "LOGIN", "UserAccount", name, reason);
            return new Authentication(Optional.empty(), reason);
        }
        if (!hasher.verify(password, account.passwordHash())) {
            account.loginFailed(now);
            String reason = account.isLocked(now) ? "wrong password; account now locked" : "wrong password";
            audit.failed(name, "LOGIN", "UserAccount", name, reason);
            return new Authentication(Optional.empty(), reason);
        }
        account.loginSucceeded();
        audit.done(name, "LOGIN", "UserAccount", name, null);
        return new Authentication(Optional.of(account), "ok");
    }

    @PermitAll
    public Optional<UserAccount> findByUsername(String username) {
        return em.createQuery(
                        "select u from UserAccount u left join fetch u.state where u.username = :n", UserAccount.class)
                .setParameter("n", username)
                .getResultStream()
                .findFirst();
    }

    /** Remembers the interface language the signed-in caller chose, for their next session. */
    @PermitAll
    public void rememberMyLanguage(String language) {
        if (!caller.isAnonymous()) {
            findByUsername(caller.name()).ifPresent(a -> a.preferences(language, a.timeZone()));
        }
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARIAT_NAME})
    public List<UserAccount> list() {
        return em.createQuery(
                        "select u from UserAccount u left join fetch u.state order by u.username", UserAccount.class)
                .getResultList();
    }
}
